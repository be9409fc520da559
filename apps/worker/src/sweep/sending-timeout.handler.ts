import { Injectable } from '@nestjs/common';
import { DEFAULT_JOB_RETRY, QUEUES, SCHEDULED_TASKS } from '@herald/queue';
import { HandlesJob } from '../job-handlers/handles-job.decorator';
import type { JobHandler } from '../job-handlers/job-handler';
import { SENDING_TIMEOUT_INTERVAL_MS, SendingTimeoutService } from './sending-timeout.service';

/** Every 15 minutes: emails and texts with no receipt after 72 hours become temporary-failure. */
@Injectable()
@HandlesJob(QUEUES.scheduledTasks, SCHEDULED_TASKS.sendingTimeout, { retry: DEFAULT_JOB_RETRY, repeat: { every: SENDING_TIMEOUT_INTERVAL_MS } })
export class SendingTimeoutHandler implements JobHandler {
  constructor(private readonly service: SendingTimeoutService) {}

  run(): Promise<number> {
    return this.service.timeOut();
  }
}
