import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { ConfigSource } from '@herald/config';
import { DELIVERY_JOB, QUEUES, SCHEDULED_TASKS } from '@herald/queue';
import {
  aTestConfig,
  eventually,
  HeraldUnderTest,
  LoopbackCallbacks,
  LoopbackSftp,
  LoopbackSmtp,
  LoopbackSns,
  LoopbackTwilio,
  ManualClock,
} from '@herald/testing';

const PUBLIC_URL = 'https://api.herald.example';
const EMAIL_DOMAIN = 'notify.example.gov';

/**
 * Herald (API + worker, one clock the test moves) with every provider on loopback: SMTP, Twilio, the
 * print provider's SFTP server, SNS for SES receipts, and departments' callback endpoints. Receipts
 * are played as the providers send them (a signed SES event, a signed Twilio callback, a print
 * response file).
 */
export class OmnichannelHerald {
  readonly smtp = new LoopbackSmtp();
  readonly twilio = new LoopbackTwilio();
  readonly sftp = new LoopbackSftp();
  readonly sns = new LoopbackSns();
  readonly endpoints = new LoopbackCallbacks();
  readonly clock = new ManualClock();
  herald!: HeraldUnderTest;

  /** `overrides`: more settings, e.g. a loopback identity provider's for the person's own view. */
  async start(overrides: ConfigSource = {}): Promise<this> {
    await Promise.all([this.smtp.start(), this.twilio.start(), this.sftp.start(), this.sns.start(), this.endpoints.start()]);
    const config = await aTestConfig({
      SMTP_URL: this.smtp.url,
      EMAIL_DOMAIN,
      API_BASE_URL: PUBLIC_URL,
      ALLOW_PRIVATE_CALLBACK_URLS: 'true',
      SNS_CERTIFICATE_URL_PATTERN: this.sns.certificateUrlPattern,
      PRINT_SFTP_URL: this.sftp.url('/print'),
      PRINT_SFTP_PASSWORD: this.sftp.password,
      ...this.twilio.configFor('TWILIO_'),
      ...overrides,
    });
    this.herald = await HeraldUnderTest.start(config, { worker: true, clock: this.clock });
    return this;
  }

  async stop(): Promise<void> {
    await this.herald?.stop();
    await Promise.all([this.smtp.stop(), this.twilio.stop(), this.sftp.stop(), this.sns.stop(), this.endpoints.stop()]);
  }

  /** One routing tick now, as the worker runs every half second (used after moving the clock, to wait for nothing). */
  tick(): Promise<unknown> {
    return this.herald.runWorkerJob(QUEUES.scheduledTasks, SCHEDULED_TASKS.routeMessages);
  }

  /** The delivery job of an attempt run again (as after a crash), under a job id of its own so BullMQ runs it. */
  async replaySms(serviceId: string, notificationId: string): Promise<void> {
    const queue = this.herald.worker!.get<Queue>(getQueueToken(QUEUES.sendSms));
    const job = await queue.add(
      DELIVERY_JOB,
      { notificationId, serviceId },
      { jobId: `replay-${notificationId}`, removeOnComplete: false, removeOnFail: false },
    );
    await eventually(async () => {
      const found = await queue.getJob(job.id!);
      if (!found?.finishedOn) throw new Error('the replayed delivery job has not finished');
    });
  }

  /**
   * SES reports the email delivered or bounced, through a signed SNS message: only once the email
   * has reached the SMTP server, as SES can say nothing sooner.
   */
  async emailReceipt(notificationId: string, outcome: 'delivered' | 'permanent-bounce'): Promise<void> {
    await this.smtp.waitForNotification(notificationId);
    const mail = { messageId: `0102018f${randomUUID()}`, headers: [], commonHeaders: { messageId: `<${notificationId}@${EMAIL_DOMAIN}>` } };
    const event =
      outcome === 'delivered'
        ? { notificationType: 'Delivery', mail, delivery: { timestamp: new Date().toISOString() } }
        : { notificationType: 'Bounce', mail, bounce: { bounceType: 'Permanent', bounceSubType: 'General' } };
    await request(this.herald.baseUrl)
      .post('/webhooks/ses')
      .set('Content-Type', 'text/plain; charset=UTF-8')
      .send(JSON.stringify(this.sns.notification(event)))
      .expect(204);
  }

  /** Twilio reports the text delivered or undelivered, with its signature. */
  async smsReceipt(serviceId: string, notificationId: string, status: 'delivered' | 'undelivered'): Promise<void> {
    const sid = await eventually(async () => {
      const seen = await this.herald.notificationSeenByTeam(serviceId, notificationId);
      if (!seen.providerReference) throw new Error(`text ${notificationId} has not reached Twilio`);
      return seen.providerReference;
    });
    const params = { SmsSid: sid, SmsStatus: status, MessageStatus: status, MessageSid: sid, AccountSid: this.twilio.accountSid, ApiVersion: '2010-04-01' };
    const path = `/webhooks/twilio/status/${notificationId}`;
    await request(this.herald.baseUrl)
      .post(path)
      .type('form')
      .set('X-Twilio-Signature', getExpectedTwilioSignature(this.twilio.authToken, `${PUBLIC_URL}${path}`, params))
      .send(params)
      .expect(204);
  }

  /** The day's print batch, then the printer's response file saying the letter was posted. */
  async letterPosted(notificationId: string): Promise<void> {
    await eventually(async () => {
      await this.herald.runWorkerJob(QUEUES.scheduledTasks, SCHEDULED_TASKS.printBatch);
      const batches = this.sftp.list('/print').filter((name) => name.startsWith('herald-'));
      if (!batches.some((b) => this.sftp.list(`/print/${b}`).includes(`${notificationId}.pdf`))) throw new Error(`letter ${notificationId} not printed yet`);
    });
    this.sftp.put(`/print/responses/${notificationId}.csv`, `notification_id,status\n${notificationId},posted\n`);
    await this.herald.runWorkerJob(QUEUES.scheduledTasks, SCHEDULED_TASKS.printResponses);
  }

  /** The PDF the printer received for a letter. */
  printedPdf(notificationId: string): Buffer {
    const batch = this.sftp
      .list('/print')
      .filter((name) => name.startsWith('herald-'))
      .find((b) => this.sftp.list(`/print/${b}`).includes(`${notificationId}.pdf`));
    if (!batch) throw new Error(`letter ${notificationId} was never printed`);
    return this.sftp.read(`/print/${batch}/${notificationId}.pdf`);
  }
}
