import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import { HeraldConfig, InjectConfig } from '@herald/config';
import type { TemplateType } from '@herald/domain';
import { deliveryJobOptions } from './delivery-retry-schedule';
import { DELIVERY_JOB, DeliveryJob, PROCESS_JOB, PROCESS_JOB_RETRY, ProcessJobPayload, QUEUES, RENDER_LETTER_JOB } from './queue-registry';

/**
 * BullMQ serves jobs without a priority (API traffic) before any prioritised job, and smaller
 * numbers first among those, so a bulk send's notifications wait behind every API send.
 */
export const BULK_SEND_PRIORITY = 100;

/** A job's rows as notifications to deliver: their ids and channel. */
export interface BulkNotification {
  readonly id: string;
  readonly type: TemplateType;
}

/** Queues bulk sends (process-job) and, at low priority, the notifications they create. */
@Injectable()
export class JobQueue {
  private readonly retries: JobsOptions;

  constructor(
    @InjectQueue(QUEUES.processJob) private readonly jobs: Queue<ProcessJobPayload>,
    @InjectQueue(QUEUES.sendEmail) private readonly emails: Queue<DeliveryJob>,
    @InjectQueue(QUEUES.sendSms) private readonly texts: Queue<DeliveryJob>,
    @InjectQueue(QUEUES.sendLetter) private readonly letters: Queue<DeliveryJob>,
    @InjectConfig() config: HeraldConfig,
  ) {
    this.retries = deliveryJobOptions(config.retry);
  }

  /** The job id is the bulk send's id: queueing it twice while it waits is a no-op. */
  async enqueueJob(payload: ProcessJobPayload): Promise<void> {
    await this.jobs.add(PROCESS_JOB, payload, { ...PROCESS_JOB_RETRY, backoff: { ...PROCESS_JOB_RETRY.backoff }, jobId: payload.jobId });
  }

  async enqueueNotifications(serviceId: string, notifications: readonly BulkNotification[]): Promise<void> {
    const byType = (type: TemplateType) => notifications.filter((n) => n.type === type).map((n) => n.id);
    const options = (id: string, retries: JobsOptions): JobsOptions => ({ ...retries, jobId: id, priority: BULK_SEND_PRIORITY });
    const emails = byType('email');
    const texts = byType('sms');
    const letters = byType('letter');
    if (emails.length)
      await this.emails.addBulk(emails.map((id) => ({ name: DELIVERY_JOB, data: { notificationId: id, serviceId }, opts: options(id, this.retries) })));
    if (texts.length)
      await this.texts.addBulk(texts.map((id) => ({ name: DELIVERY_JOB, data: { notificationId: id, serviceId }, opts: options(id, this.retries) })));
    if (letters.length)
      await this.letters.addBulk(letters.map((id) => ({ name: RENDER_LETTER_JOB, data: { notificationId: id, serviceId }, opts: options(id, {}) })));
  }
}
