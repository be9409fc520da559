import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { HERALD_CONFIG, HeraldConfig } from '@herald/config';
import { queueConnection } from '@herald/redis';
import { DeliveryQueue } from './delivery-queue';
import { JobQueue } from './job-queue';
import { LetterQueue } from './letter-queue';
import { QueueErrorReporter } from './queue-error-reporter';
import { QueueDepths } from './queue-depths';
import { DEFAULT_JOB_RETRY, QUEUES } from './queue-registry';
import { SharedQueueConnection } from './shared-queue-connection';

const DEFAULT_JOB_OPTIONS = {
  ...DEFAULT_JOB_RETRY,
  // Finished jobs are removed so the replay sweep can queue a notification again by its id.
  removeOnComplete: true,
  removeOnFail: true,
} as const;

/** The Redis connection and every queue in the registry, with default job options. */
@Module({
  imports: [
    DiscoveryModule,
    BullModule.forRootAsync({
      inject: [HERALD_CONFIG],
      useFactory: (config: HeraldConfig) => ({
        // One server: options (each queue and worker connects itself); a cluster: a Cluster shared by all (SharedQueueConnection closes it).
        connection: queueConnection(config),
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
    {
      provide: SharedQueueConnection,
      inject: [DiscoveryService, ...Object.values(QUEUES).map((name) => getQueueToken(name))],
      useFactory: (discovery: DiscoveryService, ...queues: Queue[]) => new SharedQueueConnection(queues, discovery),
    },
  ],
  exports: [BullModule, DeliveryQueue, LetterQueue, JobQueue, QueueDepths],
})
export class QueueModule {}
