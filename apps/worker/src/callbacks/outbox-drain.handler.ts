import { Injectable } from '@nestjs/common';
import { CALLBACK_OUTBOX_DRAIN, QUEUES } from '@herald/queue';
import { HandlesJob } from '../job-handlers/handles-job.decorator';
import type { JobHandler } from '../job-handlers/job-handler';
import { CallbackOutboxDrainService } from './callback-outbox-drain.service';
import { DRAIN_INTERVAL_MS, DRAIN_RETRY } from './callback-retry';

/** Every second: the callback outbox becomes callback jobs. */
@Injectable()
@HandlesJob(QUEUES.serviceCallbacks, CALLBACK_OUTBOX_DRAIN, { retry: DRAIN_RETRY, repeat: { every: DRAIN_INTERVAL_MS } })
export class OutboxDrainHandler implements JobHandler {
  constructor(private readonly drain: CallbackOutboxDrainService) {}

  run(): Promise<number> {
    return this.drain.drain();
  }
}
