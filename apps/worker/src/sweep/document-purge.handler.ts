import { Injectable } from '@nestjs/common';
import { DEFAULT_JOB_RETRY, QUEUES, SCHEDULED_TASKS } from '@herald/queue';
import { HandlesJob } from '../job-handlers/handles-job.decorator';
import type { JobHandler } from '../job-handlers/job-handler';
import { DOCUMENT_PURGE_INTERVAL_MS, DocumentRetentionService } from './document-retention.service';

/** Hourly: delete files sent by email once their retention is over. */
@Injectable()
@HandlesJob(QUEUES.scheduledTasks, SCHEDULED_TASKS.documentPurge, { retry: DEFAULT_JOB_RETRY, repeat: { every: DOCUMENT_PURGE_INTERVAL_MS } })
export class DocumentPurgeHandler implements JobHandler {
  constructor(private readonly service: DocumentRetentionService) {}

  run(): Promise<number> {
    return this.service.purge();
  }
}
