import { Injectable } from '@nestjs/common';
import { DEFAULT_JOB_RETRY, QUEUES, SCHEDULED_TASKS } from '@herald/queue';
import { HandlesJob } from '../job-handlers/handles-job.decorator';
import type { JobHandler } from '../job-handlers/job-handler';
import { LetterSweepService } from './letter-sweep.service';

/** With the other sweeps: queue again letters still without their PDF. */
@Injectable()
@HandlesJob(QUEUES.scheduledTasks, SCHEDULED_TASKS.letterSweep, {
  retry: DEFAULT_JOB_RETRY,
  repeat: (config) => ({ every: config.worker.sweepIntervalSeconds * 1000 }),
})
export class LetterSweepHandler implements JobHandler {
  constructor(private readonly service: LetterSweepService) {}

  run(): Promise<number> {
    return this.service.sweep();
  }
}
