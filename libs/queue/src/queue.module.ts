import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { HERALD_CONFIG, HeraldConfig } from '@herald/config';
import { DeliveryQueue } from './delivery-queue';
import { LetterQueue } from './letter-queue';
import { QueueErrorReporter } from './queue-error-reporter';
import { QUEUES } from './queue-registry';

const DEFAULT_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 5000 },
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
  providers: [DeliveryQueue, QueueErrorReporter, LetterQueue],
  exports: [BullModule, DeliveryQueue, LetterQueue],
})
export class QueueModule {}
