import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { HERALD_CONFIG, HeraldConfig } from '@herald/config';
import { DeliveryQueue } from './delivery-queue';
import { JobQueue } from './job-queue';
import { LetterQueue } from './letter-queue';
import { QueueErrorReporter } from './queue-error-reporter';
import { QueueDepths } from './queue-depths';
import { DEFAULT_JOB_RETRY, QUEUES } from './queue-registry';

const DEFAULT_JOB_OPTIONS = {
  ...DEFAULT_JOB_RETRY,
  // Finished jobs are removed so the replay sweep can queue a notification again by its id.
  removeOnComplete: true,
  removeOnFail: true,
} as const;

/** The Redis connection and every queue in the registry, with default job options. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [HERALD_CONFIG],
      useFactory: (config: HeraldConfig) => ({
        connection: { url: config.redisUrl, maxRetriesPerRequest: null },
        prefix: config.queuePrefix,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    BullModule.registerQueue(...Object.values(QUEUES).map((name) => ({ name }))),
  ],
  providers: [
    DeliveryQueue,
    QueueErrorReporter,
    LetterQueue,
    JobQueue,
    // Operators see the depth of every queue in the registry.
    { provide: QueueDepths, inject: Object.values(QUEUES).map((name) => getQueueToken(name)), useFactory: (...queues: Queue[]) => new QueueDepths(queues) },
  ],
  exports: [BullModule, DeliveryQueue, LetterQueue, JobQueue, QueueDepths],
})
export class QueueModule {}
