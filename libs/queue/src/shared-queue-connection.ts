import { OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { WorkerHost } from '@nestjs/bullmq';
import type { Queue, Worker } from 'bullmq';
import { isSharedConnection, RedisClient } from '@herald/redis';

/**
 * On a Redis Cluster, BullMQ is given one Cluster connection (libs/redis's queueConnection): every
 * queue uses it, and so does every worker for all but its blocking reads. BullMQ leaves it open,
 * as the caller made it, so it is closed here once the workers (their jobs in hand finished) and
 * then the queues have closed: the order of a stopping worker (worker-shutdown.ts). On one server
 * each queue and worker has its own connection and closes it: nothing to do.
 */
export class SharedQueueConnection implements OnApplicationShutdown {
  private readonly connection: RedisClient | null;

  constructor(
    private readonly queues: readonly Queue[],
    private readonly discovery: DiscoveryService,
  ) {
    const connection: unknown = queues[0]?.opts.connection;
    this.connection = isSharedConnection(connection) ? connection : null;
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.connection) return;
    await Promise.allSettled(this.workers().map((worker) => worker.close()));
    await Promise.allSettled(this.queues.map((queue) => queue.close()));
    this.connection.disconnect();
  }

  /** The BullMQ workers of this application's processors (none in the API). */
  private workers(): Worker[] {
    return this.discovery.getProviders().flatMap(({ instance }) => {
      if (!(instance instanceof WorkerHost)) return [];
      try {
        return [instance.worker];
      } catch {
        return []; // never started
      }
    });
  }
}
