import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import { CallbackEvent, CallbackEventRepository, ServiceCallbackRepository } from '@herald/persistence';
import { CallbackJob, QUEUES } from '@herald/queue';

const BATCH = 500;
const MAX_BATCHES_PER_RUN = 20;

/**
 * Attempts and backoff of a callback: about 40 minutes of retries (5 s doubling, with jitter).
 * Finished jobs are kept an hour, so a drain that queues the same event again (after a crash
 * between queuing and deleting) finds the job id taken and adds nothing.
 */
export const CALLBACK_JOB_OPTIONS: JobsOptions = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 5000, jitter: 0.2 },
  removeOnComplete: { age: 3600, count: 100_000 },
  removeOnFail: { age: 24 * 3600, count: 100_000 },
};

/**
 * Turns outbox events into callback jobs (job id = event id) for services that have a callback
 * of that type, then deletes the events. Queue first, delete second: a crash in between queues
 * the same job ids again, which BullMQ ignores.
 */
@Injectable()
export class CallbackOutboxDrainService {
  constructor(
    private readonly events: CallbackEventRepository,
    private readonly callbacks: ServiceCallbackRepository,
    @InjectQueue(QUEUES.serviceCallbacks) private readonly queue: Queue<CallbackJob>,
  ) {}

  /** Returns how many callback jobs it queued. */
  async drain(): Promise<number> {
    let queued = 0;
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      const events = await this.events.oldest(BATCH);
      if (events.length === 0) break;
      const configured = await this.callbacks.configuredAmong(events.map((e) => e.serviceId));
      const wanted = events.filter((e) => configured.has(`${e.serviceId}:${e.callbackType}`));
      if (wanted.length) await this.queue.addBulk(wanted.map((e) => ({ name: e.callbackType, data: callbackJob(e), opts: { ...CALLBACK_JOB_OPTIONS, jobId: e.id } })));
      await this.events.delete(events.map((e) => e.id));
      queued += wanted.length;
      if (events.length < BATCH) break;
    }
    return queued;
  }
}

function callbackJob(event: CallbackEvent): CallbackJob {
  return {
    eventId: event.id,
    serviceId: event.serviceId,
    callbackType: event.callbackType,
    notificationId: event.notificationId,
    inboundSmsId: event.inboundSmsId,
    status: event.status,
    occurredAt: event.occurredAt ? event.occurredAt.toISOString() : null,
  };
}
