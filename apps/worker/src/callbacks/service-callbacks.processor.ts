import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DelayedError, Job, Queue, UnrecoverableError } from 'bullmq';
import { ProviderError } from '@herald/domain';
import { CALLBACK_OUTBOX_DRAIN, CallbackJob, QUEUES } from '@herald/queue';
import { CallbackDeliveryService, CallbackOutcome } from './callback-delivery.service';
import { keepScheduled } from '../sweep/keep-scheduled';
import { CallbackOutboxDrainService } from './callback-outbox-drain.service';

/** Far more than one service's limit, so one slow service cannot occupy every slot of a worker. */
const CALLBACK_WORKER_CONCURRENCY = 50;
const DRAIN_INTERVAL_MS = 1000;
/** How long a callback waits when its service is at its limit (plus up to as much again, at random). */
const BUSY_DELAY_MS = 250;

/** Callbacks to departments, and the repeatable drain that turns the outbox into callback jobs. */
@Processor(QUEUES.serviceCallbacks)
export class ServiceCallbacksProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(ServiceCallbacksProcessor.name);

  constructor(
    @InjectQueue(QUEUES.serviceCallbacks) private readonly queue: Queue,
    private readonly drain: CallbackOutboxDrainService,
    private readonly delivery: CallbackDeliveryService,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    this.worker.concurrency = CALLBACK_WORKER_CONCURRENCY;
    const scheduleDrain = async () => {
      await this.queue.upsertJobScheduler(CALLBACK_OUTBOX_DRAIN, { every: DRAIN_INTERVAL_MS }, {
        name: CALLBACK_OUTBOX_DRAIN,
        opts: { attempts: 1, removeOnComplete: true, removeOnFail: true },
      });
    };
    await keepScheduled(this.queue, scheduleDrain, this.logger);
  }

  async process(job: Job<CallbackJob>, token?: string): Promise<CallbackOutcome | number> {
    if (job.name === CALLBACK_OUTBOX_DRAIN) return this.drain.drain();
    const outcome = await this.delivery.deliver(job.data).catch((error: unknown) => {
      // A refused URL or a 4xx other than 429 is final; anything else is retried with backoff.
      throw error instanceof ProviderError && error.kind === 'permanent' ? new UnrecoverableError(error.message) : error;
    });
    if (outcome === 'busy' && token) {
      // Waiting for the service's own slots uses no attempt.
      await job.moveToDelayed(Date.now() + BUSY_DELAY_MS + Math.floor(Math.random() * BUSY_DELAY_MS), token);
      throw new DelayedError();
    }
    return outcome;
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job<CallbackJob> | undefined, error: Error): void {
    if (!job || job.name === CALLBACK_OUTBOX_DRAIN) return;
    if (error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1)) this.delivery.giveUp(job.data, error);
  }
}
