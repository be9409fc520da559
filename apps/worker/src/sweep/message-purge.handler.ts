import { Injectable } from '@nestjs/common';
import { DEFAULT_JOB_RETRY, QUEUES, SCHEDULED_TASKS } from '@herald/queue';
import { HandlesJob } from '../job-handlers/handles-job.decorator';
import type { JobHandler } from '../job-handlers/job-handler';
import { MESSAGE_PURGE_INTERVAL_MS, MessageRetentionService } from './message-retention.service';

/** Hourly: purge messages' content past their service's retention, and their metadata after months. */
@Injectable()
@HandlesJob(QUEUES.scheduledTasks, SCHEDULED_TASKS.messagePurge, { retry: DEFAULT_JOB_RETRY, repeat: { every: MESSAGE_PURGE_INTERVAL_MS } })
export class MessagePurgeHandler implements JobHandler {
  constructor(private readonly service: MessageRetentionService) {}

  async run(): Promise<number> {
    const { contentPurged, deleted } = await this.service.purge();
    return contentPurged + deleted;
  }
}
