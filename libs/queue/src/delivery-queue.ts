import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { deliveryJobOptions } from './delivery-retry-schedule';
import { DELIVERY_JOB, DeliveryJob, QUEUES } from './queue-registry';

const ENQUEUE_TIMEOUT_MS = 2000;

/**
 * Puts a stored notification's id on its channel's queue. The job id is the notification id, so
 * a second enqueue of the same notification is a no-op.
 */
@Injectable()
export class DeliveryQueue {
  private readonly logger = new Logger(DeliveryQueue.name);
  /** Retryable provider errors are retried with the delivery backoff (see delivery-retry-schedule.ts). */
  private readonly retries: JobsOptions;

  constructor(
    @InjectQueue(QUEUES.sendEmail) private readonly emails: Queue<DeliveryJob>,
    @InjectQueue(QUEUES.sendSms) private readonly texts: Queue<DeliveryJob>,
    @InjectConfig() config: HeraldConfig,
  ) {
    this.retries = deliveryJobOptions(config.retry);
  }

  async enqueueEmail(job: DeliveryJob): Promise<void> {
    await this.emails.add(DELIVERY_JOB, job, { ...this.retries, jobId: job.notificationId });
  }

  async enqueueSms(job: DeliveryJob): Promise<void> {
    await this.texts.add(DELIVERY_JOB, job, { ...this.retries, jobId: job.notificationId });
  }

  /** As tryEnqueueEmail, for a text message. */
  async tryEnqueueSms(job: DeliveryJob): Promise<boolean> {
    return this.tryEnqueue(job, () => this.enqueueSms(job));
  }

  /**
   * For the API: the notification is already stored, so a Redis outage must not fail the request.
   * The replay sweep queues anything left behind. Returns whether the job was queued.
   */
  async tryEnqueueEmail(job: DeliveryJob): Promise<boolean> {
    return this.tryEnqueue(job, () => this.enqueueEmail(job));
  }

  private async tryEnqueue(job: DeliveryJob, enqueue: () => Promise<void>): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer from Redis within ${ENQUEUE_TIMEOUT_MS} ms`)), ENQUEUE_TIMEOUT_MS);
    });
    try {
      await Promise.race([enqueue(), timeout]);
      return true;
    } catch (error) {
      this.logger.warn(`Notification ${job.notificationId} stored but not queued (${(error as Error).message}); the replay sweep will queue it`);
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
