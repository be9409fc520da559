import { Injectable } from '@nestjs/common';
import { DEFAULT_JOB_RETRY, QUEUES, SCHEDULED_TASKS } from '@herald/queue';
import { HandlesJob } from '../job-handlers/handles-job.decorator';
import type { JobHandler } from '../job-handlers/job-handler';
import { NOTIFICATION_PURGE_INTERVAL_MS, NotificationRetentionService } from './notification-retention.service';

/** Hourly: delete notifications older than their service's retention. */
@Injectable()
@HandlesJob(QUEUES.scheduledTasks, SCHEDULED_TASKS.notificationPurge, { retry: DEFAULT_JOB_RETRY, repeat: { every: NOTIFICATION_PURGE_INTERVAL_MS } })
export class NotificationPurgeHandler implements JobHandler {
  constructor(private readonly service: NotificationRetentionService) {}

  run(): Promise<number> {
    return this.service.purge();
  }
}
