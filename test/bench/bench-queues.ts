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
  emailJobCounts(): Promise<Record<string, number>> {
    return this.jobCounts('email');
  }

  /** Jobs of a channel's send queue by state. */
  async jobCounts(channel: 'email' | 'sms' | 'letter'): Promise<Record<string, number>> {
    const name = { email: QUEUES.sendEmail, sms: QUEUES.sendSms, letter: QUEUES.sendLetter }[channel];
    const queue = this.queues.find((candidate) => candidate.name === name)!;
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
    return Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0));
  }

  /** Removes every job and scheduler under the prefix. */
  async obliterateAll(): Promise<void> {
    for (const queue of this.queues) await queue.obliterate({ force: true });
  }

  async close(): Promise<void> {
    await Promise.all(this.queues.map((queue) => queue.close()));
  }
}
