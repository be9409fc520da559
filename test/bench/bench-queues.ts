import { Queue } from 'bullmq';
import { HeraldConfig } from '@herald/config';
import { QUEUES } from '@herald/queue';

/** Direct access to the benchmark's queues in Redis: counts, and wiping a backlog. */
export class BenchQueues {
  private readonly queues: Queue[];

  constructor(config: HeraldConfig) {
    const connection = { url: config.redisUrl, maxRetriesPerRequest: null };
    this.queues = Object.values(QUEUES).map((name) => new Queue(name, { connection, prefix: config.queuePrefix }));
  }

  /** Jobs of the send-email queue by state (waiting, active, delayed, failed...). */
  async emailJobCounts(): Promise<Record<string, number>> {
    const counts = await this.emailQueue().getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
    return Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0));
  }

  /** Removes every job and scheduler under the prefix. */
  async obliterateAll(): Promise<void> {
    for (const queue of this.queues) await queue.obliterate({ force: true });
  }

  async close(): Promise<void> {
    await Promise.all(this.queues.map((queue) => queue.close()));
  }

  private emailQueue(): Queue {
    return this.queues.find((queue) => queue.name === QUEUES.sendEmail)!;
  }
}
