import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { CallbackEvent, CallbackEventRepository, ServiceCallbackRepository } from '@herald/persistence';
import { CallbackJob, QUEUES } from '@herald/queue';
import { CALLBACK_JOB_OPTIONS } from './callback-retry';

const BATCH = 500;
const MAX_BATCHES_PER_RUN = 20;

/**
 * Turns outbox events into callback jobs (job id = event id, job name = callback type) for
 * services that have a callback of that type, then deletes the events. The events themselves are
 * written by libs/persistence, in the transaction that changes the status (or records the
 * complaint or the received text), so a callback is never lost nor sent for a change rolled back.
 * Queue first, delete second: a crash in between queues the same job ids again, which BullMQ ignores.
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
      if (wanted.length)
        await this.queue.addBulk(wanted.map((e) => ({ name: e.callbackType, data: callbackJob(e), opts: { ...CALLBACK_JOB_OPTIONS, jobId: e.id } })));
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
    messageId: event.messageId,
    status: event.status,
    occurredAt: event.occurredAt ? event.occurredAt.toISOString() : null,
  };
}
