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
    const queue = this.sendQueue(channel);
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
    return Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0));
  }

  /** Workers take no job from the channel's queue until resume(): a backlog can be stored, and workers started, before the clock starts. */
  async pause(channel: 'email' | 'sms' | 'letter'): Promise<void> {
    await this.sendQueue(channel).pause();
  }

  async resume(channel: 'email' | 'sms' | 'letter'): Promise<void> {
    await this.sendQueue(channel).resume();
  }

  /** Worker connections listening on the channel's queue (BullMQ names them; CLIENT LIST). */
  workerCount(channel: 'email' | 'sms' | 'letter'): Promise<number> {
    return this.sendQueue(channel).getWorkersCount();
  }

  /** Removes every job and scheduler under the prefix. */
  async obliterateAll(): Promise<void> {
    for (const queue of this.queues) await queue.obliterate({ force: true });
  }

  private sendQueue(channel: 'email' | 'sms' | 'letter'): Queue {
    const name = { email: QUEUES.sendEmail, sms: QUEUES.sendSms, letter: QUEUES.sendLetter }[channel];
    return this.queues.find((candidate) => candidate.name === name)!;
  }

  async close(): Promise<void> {
    await Promise.all(this.queues.map((queue) => queue.close()));
  }
}
