import { Injectable } from '@nestjs/common';
import { DEFAULT_JOB_RETRY, QUEUES, SCHEDULED_TASKS } from '@herald/queue';
import { HandlesJob } from '../job-handlers/handles-job.decorator';
import type { JobHandler } from '../job-handlers/job-handler';
import { ReplayCreatedService } from './replay-created.service';
import { ReplayDueJobsService } from './replay-due-jobs.service';

/**
 * Every sweep interval: queue again what is still `created` after REPLAY_AFTER_SECONDS, and the
 * bulk sends that should have started by then (their queued job lost with Redis's data).
 */
@Injectable()
@HandlesJob(QUEUES.scheduledTasks, SCHEDULED_TASKS.replayCreated, {
  retry: DEFAULT_JOB_RETRY,
  repeat: (config) => ({ every: config.worker.sweepIntervalSeconds * 1000 }),
})
export class ReplayCreatedHandler implements JobHandler {
  constructor(
    private readonly notifications: ReplayCreatedService,
    private readonly jobs: ReplayDueJobsService,
  ) {}

  /** How many were queued again, notifications and bulk sends. */
  async run(): Promise<number> {
    return (await this.notifications.replay()) + (await this.jobs.replay());
  }
}
