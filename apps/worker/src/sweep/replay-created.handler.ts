import { Injectable } from '@nestjs/common';
import { DEFAULT_JOB_RETRY, QUEUES, SCHEDULED_TASKS } from '@herald/queue';
import { HandlesJob } from '../job-handlers/handles-job.decorator';
import type { JobHandler } from '../job-handlers/job-handler';
import { ReplayCreatedService } from './replay-created.service';

/** Every sweep interval: queue again what is still `created` after REPLAY_AFTER_SECONDS. */
@Injectable()
@HandlesJob(QUEUES.scheduledTasks, SCHEDULED_TASKS.replayCreated, {
  retry: DEFAULT_JOB_RETRY,
  repeat: (config) => ({ every: config.worker.sweepIntervalSeconds * 1000 }),
})
export class ReplayCreatedHandler implements JobHandler {
  constructor(private readonly service: ReplayCreatedService) {}

  run(): Promise<number> {
    return this.service.replay();
  }
}
