import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { QUEUES } from '@herald/queue';
import { JobHandlers } from '../job-handlers/job-handlers';
import { keepRepeatableJobsScheduled } from '../job-handlers/keep-scheduled';

/** Far more than one service's limit, so one slow service cannot occupy every slot of a worker. */
const CALLBACK_WORKER_CONCURRENCY = 50;

/** The service-callbacks queue: callbacks to departments (CallbackHandler) and the outbox drain (OutboxDrainHandler). */
@Processor(QUEUES.serviceCallbacks)
export class ServiceCallbacksProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(ServiceCallbacksProcessor.name);

  constructor(
    @InjectQueue(QUEUES.serviceCallbacks) private readonly queue: Queue,
    private readonly handlers: JobHandlers,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    this.worker.concurrency = CALLBACK_WORKER_CONCURRENCY;
    await keepRepeatableJobsScheduled(this.queue, this.handlers.repeatable(QUEUES.serviceCallbacks), this.logger);
  }

  process(job: Job, token?: string): Promise<unknown> {
    return this.handlers.run(QUEUES.serviceCallbacks, job, token);
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): Promise<void> {
    return this.handlers.failed(QUEUES.serviceCallbacks, job, error);
  }
}
