import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { QUEUES, SCHEDULED_TASKS } from '@herald/queue';
import { keepScheduled } from './keep-scheduled';
import { ReplayCreatedService } from './replay-created.service';
import { DOCUMENT_PURGE_INTERVAL_MS, DocumentRetentionService } from './document-retention.service';
import { SENDING_TIMEOUT_INTERVAL_MS, SendingTimeoutService } from './sending-timeout.service';
import { NOTIFICATION_PURGE_INTERVAL_MS, NotificationRetentionService } from './notification-retention.service';
import { scheduleLetterTasks } from '../letters/letter-schedules';
import { LetterSweepService } from '../letters/letter-sweep.service';
import { PrintBatchService } from '../letters/print-batch.service';

/** Periodic housekeeping. The scheduler lives in Redis, so many workers still run it once per interval. */
@Processor(QUEUES.scheduledTasks)
export class ScheduledTasksProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(ScheduledTasksProcessor.name);

  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    @InjectQueue(QUEUES.scheduledTasks) private readonly tasks: Queue,
    private readonly replayCreated: ReplayCreatedService,
    private readonly letterSweep: LetterSweepService,
    private readonly printBatch: PrintBatchService,
    private readonly documentRetention: DocumentRetentionService,
    private readonly sendingTimeout: SendingTimeoutService,
    private readonly notificationRetention: NotificationRetentionService,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await keepScheduled(this.tasks, () => this.schedule(), this.logger);
  }

  /** Creates or updates every schedule; running it again changes nothing. */
  private async schedule(): Promise<void> {
    await this.tasks.upsertJobScheduler(SCHEDULED_TASKS.replayCreated, { every: this.config.worker.sweepIntervalSeconds * 1000 }, {
      name: SCHEDULED_TASKS.replayCreated,
    });
    await scheduleLetterTasks(this.tasks, this.config);
    await this.tasks.upsertJobScheduler(SCHEDULED_TASKS.documentPurge, { every: DOCUMENT_PURGE_INTERVAL_MS }, { name: SCHEDULED_TASKS.documentPurge });
    await this.tasks.upsertJobScheduler(SCHEDULED_TASKS.sendingTimeout, { every: SENDING_TIMEOUT_INTERVAL_MS }, { name: SCHEDULED_TASKS.sendingTimeout });
    await this.tasks.upsertJobScheduler(SCHEDULED_TASKS.notificationPurge, { every: NOTIFICATION_PURGE_INTERVAL_MS }, { name: SCHEDULED_TASKS.notificationPurge });
  }

  async process(job: Job): Promise<number> {
    if (job.name === SCHEDULED_TASKS.replayCreated) return this.replayCreated.replay();
    if (job.name === SCHEDULED_TASKS.letterSweep) return this.letterSweep.sweep();
    if (job.name === SCHEDULED_TASKS.printBatch) return this.printBatch.sendToPrint();
    if (job.name === SCHEDULED_TASKS.printResponses) return this.printBatch.applyResponses();
    if (job.name === SCHEDULED_TASKS.documentPurge) return this.documentRetention.purge();
    if (job.name === SCHEDULED_TASKS.sendingTimeout) return this.sendingTimeout.timeOut();
    if (job.name === SCHEDULED_TASKS.notificationPurge) return this.notificationRetention.purge();
    throw new Error(`No handler for scheduled task ${job.name}`);
  }
}
