import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { RedisOutageReporter } from '@herald/redis';
import { DeliveryJob, QUEUES, RENDER_LETTER_JOB } from './queue-registry';

const ENQUEUE_TIMEOUT_MS = 2000;

/**
 * Puts a stored letter's id on the send-letter queue, where a worker renders (or checks) its PDF.
 * The job id is the notification id, so a second enqueue of the same letter is a no-op.
 */
@Injectable()
export class LetterQueue {
  private readonly outages: RedisOutageReporter;

  constructor(
    @InjectQueue(QUEUES.sendLetter) private readonly letters: Queue<DeliveryJob>,
    @InjectConfig() config: HeraldConfig,
  ) {
    this.outages = RedisOutageReporter.for(config.redisUrl);
  }

  async enqueue(job: DeliveryJob): Promise<void> {
    await this.letters.add(RENDER_LETTER_JOB, job, { jobId: job.notificationId });
  }

  /** For the API: the letter is already stored, so a Redis outage must not fail the request; the letter sweep queues it later. */
  async tryEnqueue(job: DeliveryJob): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer from Redis within ${ENQUEUE_TIMEOUT_MS} ms`)), ENQUEUE_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.enqueue(job), timeout]);
      return true;
    } catch (error) {
      this.outages.noteEffect(error as Error, 'letters-not-queued', lettersNotQueued);
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}

const lettersNotQueued = (count: number): string =>
  `${count} letter${count === 1 ? ' was' : 's were'} stored but not queued: the letter sweep will queue ${count === 1 ? 'it' : 'them'}`;
