import { Injectable } from '@nestjs/common';
import { DEFAULT_JOB_RETRY, QUEUES, SCHEDULED_TASKS } from '@herald/queue';
import { HandlesJob } from '../job-handlers/handles-job.decorator';
import type { JobHandler } from '../job-handlers/job-handler';
import { PrintBatchService } from './print-batch.service';

/** Every few minutes: the printer's response files, as receipts. */
@Injectable()
@HandlesJob(QUEUES.scheduledTasks, SCHEDULED_TASKS.printResponses, {
  retry: DEFAULT_JOB_RETRY,
  repeat: (config) => ({ every: config.print.responseIntervalSeconds * 1000 }),
})
export class PrintResponsesHandler implements JobHandler {
  constructor(private readonly service: PrintBatchService) {}

  run(): Promise<number> {
    return this.service.applyResponses();
  }
}
