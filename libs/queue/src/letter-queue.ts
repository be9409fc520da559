import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DeliveryJob, QUEUES, RENDER_LETTER_JOB } from './queue-registry';

const ENQUEUE_TIMEOUT_MS = 2000;

/**
 * Puts a stored letter's id on the send-letter queue, where a worker renders (or checks) its PDF.
 * The job id is the notification id, so a second enqueue of the same letter is a no-op.
 */
@Injectable()
export class LetterQueue {
  private readonly logger = new Logger(LetterQueue.name);

  constructor(@InjectQueue(QUEUES.sendLetter) private readonly letters: Queue<DeliveryJob>) {}

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
      this.logger.warn(`Letter ${job.notificationId} stored but not queued (${(error as Error).message}); the letter sweep will queue it`);
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
