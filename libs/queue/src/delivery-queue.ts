import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { currentRequestId } from '@herald/logging';
import { RedisOutageReporter } from '@herald/redis';
import { deliveryJobOptions } from './delivery-retry-schedule';
import { DELIVERY_JOB, DeliveryJob, QUEUES } from './queue-registry';

const ENQUEUE_TIMEOUT_MS = 2000;

/**
 * Puts a stored notification's id on its channel's queue. The job id is the notification id, so
 * a second enqueue of the same notification is a no-op.
 */
@Injectable()
export class DeliveryQueue {
  private readonly outages: RedisOutageReporter;
  /** Retryable provider errors are retried with the delivery backoff (see delivery-retry-schedule.ts). */
  private readonly retries: JobsOptions;

  constructor(
    @InjectQueue(QUEUES.sendEmail) private readonly emails: Queue<DeliveryJob>,
    @InjectQueue(QUEUES.sendSms) private readonly texts: Queue<DeliveryJob>,
    @InjectConfig() config: HeraldConfig,
  ) {
    this.retries = deliveryJobOptions(config.retry);
    this.outages = RedisOutageReporter.for(config.redisUrl);
  }

  async enqueueEmail(job: DeliveryJob): Promise<void> {
    await this.emails.add(DELIVERY_JOB, stampedWithRequest(job), { ...this.retries, jobId: job.notificationId });
  }

  async enqueueSms(job: DeliveryJob): Promise<void> {
    await this.texts.add(DELIVERY_JOB, stampedWithRequest(job), { ...this.retries, jobId: job.notificationId });
  }

  /**
   * The job for a stored notification, stamped now with the request that stores it: a batch is
   * added later (tryEnqueueMany), outside that request's context.
   */
  jobFor(notificationId: string, serviceId: string): DeliveryJob {
    return stampedWithRequest({ notificationId, serviceId });
  }

  /**
   * Sends stored together, queued together: one addBulk per channel (one round trip each). As
   * tryEnqueueEmail, a Redis outage fails nothing: the replay sweep queues what is left behind.
   */
  async tryEnqueueMany(jobs: ReadonlyArray<{ readonly channel: 'email' | 'sms'; readonly job: DeliveryJob }>): Promise<void> {
    const bulk = (channel: 'email' | 'sms') =>
      jobs
        .filter((entry) => entry.channel === channel)
        .map(({ job }) => ({ name: DELIVERY_JOB, data: job, opts: { ...this.retries, jobId: job.notificationId } }));
    const [emails, texts] = [bulk('email'), bulk('sms')];
    const added = async () => {
      await Promise.all([emails.length ? this.emails.addBulk(emails) : null, texts.length ? this.texts.addBulk(texts) : null]);
    };
    const first = jobs[0]?.job;
    if (first) await this.tryEnqueue(first, added, jobs.length);
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

  private async tryEnqueue(job: DeliveryJob, enqueue: () => Promise<void>, count = 1): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer from Redis within ${ENQUEUE_TIMEOUT_MS} ms`)), ENQUEUE_TIMEOUT_MS);
    });
    try {
      await Promise.race([enqueue(), timeout]);
      return true;
    } catch (error) {
      this.outages.noteEffect(error as Error, 'not-queued', notQueued, count);
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}

const notQueued = (count: number): string =>
  `${count} notification${count === 1 ? ' was' : 's were'} stored but not queued: the replay sweep will queue ${count === 1 ? 'it' : 'them'}`;

/** The job with the id of the request queuing it (read from the request context), when there is one. */
function stampedWithRequest(job: DeliveryJob): DeliveryJob {
  const requestId = job.requestId ?? currentRequestId();
  return requestId === undefined ? job : { ...job, requestId };
}
