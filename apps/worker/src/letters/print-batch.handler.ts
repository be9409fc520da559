import { Injectable } from '@nestjs/common';
import { UK_TIME_ZONE } from '@herald/domain';
import { DEFAULT_JOB_RETRY, QUEUES, SCHEDULED_TASKS } from '@herald/queue';
import { HandlesJob } from '../job-handlers/handles-job.decorator';
import type { JobHandler } from '../job-handlers/job-handler';
import { PrintBatchService } from './print-batch.service';

/** Once a day at PRINT_BATCH_TIME, London time: send the day's letters to print. */
@Injectable()
@HandlesJob(QUEUES.scheduledTasks, SCHEDULED_TASKS.printBatch, {
  retry: DEFAULT_JOB_RETRY,
  repeat: (config) => ({ pattern: `${config.print.batchMinute} ${config.print.batchHour} * * *`, tz: UK_TIME_ZONE }),
})
export class PrintBatchHandler implements JobHandler {
  constructor(private readonly service: PrintBatchService) {}

  run(): Promise<number> {
    return this.service.sendToPrint();
  }
}
