import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { QUEUES, SCHEDULED_TASKS } from '@herald/queue';
import { ReplayCreatedService } from './replay-created.service';

/** Periodic housekeeping. The scheduler lives in Redis, so many workers still run it once per interval. */
@Processor(QUEUES.scheduledTasks)
export class ScheduledTasksProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    @InjectQueue(QUEUES.scheduledTasks) private readonly tasks: Queue,
    private readonly replayCreated: ReplayCreatedService,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.tasks.upsertJobScheduler(SCHEDULED_TASKS.replayCreated, { every: this.config.worker.sweepIntervalSeconds * 1000 }, {
      name: SCHEDULED_TASKS.replayCreated,
    });
  }

  async process(job: Job): Promise<number> {
    if (job.name === SCHEDULED_TASKS.replayCreated) return this.replayCreated.replay();
    throw new Error(`No handler for scheduled task ${job.name}`);
  }
}
