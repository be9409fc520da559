import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { QUEUES } from '@herald/queue';
import { JobHandlers } from '../job-handlers/job-handlers';
import { keepRepeatableJobsScheduled } from '../job-handlers/keep-scheduled';

/**
 * Periodic housekeeping: each task's handler declares when it runs (sweeps, purges, the sending
 * timeout, the print batch and responses). The schedules live in Redis, so many workers still run
 * each task once per interval.
 */
@Processor(QUEUES.scheduledTasks)
export class ScheduledTasksProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(ScheduledTasksProcessor.name);

  constructor(
    @InjectQueue(QUEUES.scheduledTasks) private readonly tasks: Queue,
    private readonly handlers: JobHandlers,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await keepRepeatableJobsScheduled(this.tasks, this.handlers.repeatable(QUEUES.scheduledTasks), this.logger);
  }

  process(job: Job, token?: string): Promise<unknown> {
    return this.handlers.run(QUEUES.scheduledTasks, job, token);
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): Promise<void> {
    return this.handlers.failed(QUEUES.scheduledTasks, job, error);
  }
}
