import { randomUUID } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Job, Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { ConfigModule, HeraldConfig } from '@herald/config';
import { DEFAULT_SERVICE_PERMISSIONS, UploadedRow } from '@herald/domain';
import { JobRepository, PersistenceModule, runMigrations, ServiceRepository, TemplateRepository, UploadRepository } from '@herald/persistence';
import { BULK_SEND_PRIORITY, DeliveryJob, DeliveryQueue, QUEUES, QueueModule } from '@herald/queue';
import { SendingModule } from '@herald/sending';
import { aTestConfig } from '@herald/testing';
import { JobCannotRunError, JobProcessingService } from './job-processing.service';

/** The process-job processor's work against the machine's PostgreSQL and Redis. */
describe('JobProcessingService', () => {
  let config: HeraldConfig;
  let app: INestApplicationContext;
  let processing: JobProcessingService;
  let emails: Queue<DeliveryJob>;
  let serviceId: string;
  let templateId: string;

  beforeAll(async () => {
    config = await aTestConfig();
    @Module({ imports: [ConfigModule.forRoot(config), PersistenceModule, QueueModule, SendingModule], providers: [JobProcessingService] })
    class JobsUnderTest {}
    app = await NestFactory.createApplicationContext(JobsUnderTest, { logger: false });
    await runMigrations(app.get(DataSource));
    processing = app.get(JobProcessingService);
    emails = app.get(getQueueToken(QUEUES.sendEmail));
    // Rows are composed with the rules of any send: this service may text abroad, as the French number below needs.
    serviceId = (
      await app
        .get(ServiceRepository)
        .create({ name: `Bulk ${randomUUID()}`, restricted: false, permissions: [...DEFAULT_SERVICE_PERMISSIONS, 'international_sms'] })
    ).id;
    templateId = (await app.get(TemplateRepository).create(serviceId, { name: 'Hello', type: 'email', subject: 'Hi', content: 'Hello ((name))' })).id;
  });
  afterAll(() => app.close());
  beforeEach(() => emails.obliterate({ force: true }));

  async function aJob(rowCount: number, perChunk = 1000): Promise<string> {
    const uploads = app.get(UploadRepository);
    const uploadId = await uploads.begin({ serviceId, templateId, templateVersion: 1, fileName: 'people.csv', createdById: null });
    for (let first = 0, chunk = 0; first < rowCount; first += perChunk, chunk += 1) {
      const rows: UploadedRow[] = Array.from({ length: Math.min(perChunk, rowCount - first) }, (_, i) => ({
        rowNumber: first + i + 2,
        values: { 'email address': `person${first + i}@example.com`, name: `Person ${first + i}` },
      }));
      await uploads.appendChunk(uploadId, chunk, rows);
    }
    await uploads.complete(serviceId, uploadId, rowCount);
    const job = await app
      .get(JobRepository)
      .create({ id: randomUUID(), serviceId, templateId, templateVersion: 1, uploadId, fileName: 'people.csv', rowCount, createdById: null });
    return job.id;
  }

  const rowsOf = (jobId: string): Promise<Array<{ job_row_number: number; count: string }>> =>
    app
      .get(DataSource)
      .query('SELECT job_row_number, COUNT(*) AS count FROM notifications WHERE job_id = $1 GROUP BY job_row_number ORDER BY job_row_number', [jobId]);

  it('creates one notification per row, queues each at bulk priority and finishes the job', async () => {
    const jobId = await aJob(1200, 700);
    expect(await processing.process({ jobId, serviceId })).toBe('finished');
    const rows = await rowsOf(jobId);
    expect(rows.map((r) => Number(r.job_row_number))).toEqual(Array.from({ length: 1200 }, (_, i) => i + 2));
    expect(await app.get(JobRepository).find(serviceId, jobId)).toMatchObject({ status: 'finished', rowsProcessed: 1200 });
    const queued = await emails.getPrioritized(0, -1);
    expect(queued).toHaveLength(1200);
    expect(new Set(queued.map((j) => j.opts.priority))).toEqual(new Set([BULK_SEND_PRIORITY]));
  });

  it('creates each row once when the job runs twice (a worker died before recording the end)', async () => {
    const jobId = await aJob(600, 250);
    await processing.process({ jobId, serviceId });
    await app.get(DataSource).query(`UPDATE jobs SET status = 'in-progress' WHERE id = $1`, [jobId]);
    expect(await processing.process({ jobId, serviceId })).toBe('finished');
    const rows = await rowsOf(jobId);
    expect(rows).toHaveLength(600);
    expect(rows.every((r) => Number(r.count) === 1)).toBe(true);
    expect(await emails.getPrioritizedCount()).toBe(600);
  });

  it('makes text messages with their billable units and sender facts', async () => {
    const sms = await app.get(TemplateRepository).create(serviceId, { name: 'Text', type: 'sms', subject: null, content: 'Hello ((name)) '.repeat(20) });
    const uploads = app.get(UploadRepository);
    const uploadId = await uploads.begin({ serviceId, templateId: sms.id, templateVersion: 1, fileName: 'texts.csv', createdById: null });
    await uploads.appendChunk(uploadId, 0, [
      { rowNumber: 2, values: { 'phone number': '07700 900123', name: 'Kim' } },
      { rowNumber: 3, values: { 'phone number': '+33 6 12 34 56 78', name: 'Lou' } },
    ]);
    await uploads.complete(serviceId, uploadId, 2);
    const job = await app
      .get(JobRepository)
      .create({ id: randomUUID(), serviceId, templateId: sms.id, templateVersion: 1, uploadId, fileName: 'texts.csv', rowCount: 2, createdById: null });
    await processing.process({ jobId: job.id, serviceId });
    const rows = await app
      .get(DataSource)
      .query(
        'SELECT job_row_number, notification_type, billable_units, international, phone_prefix FROM notifications WHERE job_id = $1 ORDER BY job_row_number',
        [job.id],
      );
    expect(rows).toEqual([
      { job_row_number: 2, notification_type: 'sms', billable_units: 2, international: false, phone_prefix: '44' },
      { job_row_number: 3, notification_type: 'sms', billable_units: 2, international: true, phone_prefix: '33' },
    ]);
    expect(await app.get(getQueueToken(QUEUES.sendSms)).getPrioritizedCount()).toBe(2);
  });

  it('skips a row the sending rules now refuse (a number abroad for a service that may not text abroad), and sends the rest', async () => {
    const ukOnly = (await app.get(ServiceRepository).create({ name: `UK only ${randomUUID()}`, restricted: false })).id;
    const sms = await app.get(TemplateRepository).create(ukOnly, { name: 'Text', type: 'sms', subject: null, content: 'Hello ((name))' });
    const uploads = app.get(UploadRepository);
    const uploadId = await uploads.begin({ serviceId: ukOnly, templateId: sms.id, templateVersion: 1, fileName: 'texts.csv', createdById: null });
    await uploads.appendChunk(uploadId, 0, [
      { rowNumber: 2, values: { 'phone number': '07700 900123', name: 'Kim' } },
      { rowNumber: 3, values: { 'phone number': '+33 6 12 34 56 78', name: 'Lou' } },
    ]);
    await uploads.complete(ukOnly, uploadId, 2);
    const job = await app
      .get(JobRepository)
      .create({ id: randomUUID(), serviceId: ukOnly, templateId: sms.id, templateVersion: 1, uploadId, fileName: 'texts.csv', rowCount: 2, createdById: null });
    expect(await processing.process({ jobId: job.id, serviceId: ukOnly })).toBe('finished');
    const rows = await app.get(DataSource).query('SELECT job_row_number FROM notifications WHERE job_id = $1', [job.id]);
    expect(rows.map((r: { job_row_number: number }) => Number(r.job_row_number))).toEqual([2]);
  });

  it('leaves a scheduled job until its time, then sends it', async () => {
    const jobId = await aJob(3);
    const at = new Date(Date.now() + 60 * 60 * 1000);
    await app.get(DataSource).query(`UPDATE jobs SET status = 'scheduled', scheduled_for = $2 WHERE id = $1`, [jobId, at]);
    expect(await processing.process({ jobId, serviceId })).toEqual({ notBefore: at });
    expect(await rowsOf(jobId)).toEqual([]);
    expect(await processing.process({ jobId, serviceId }, at)).toBe('finished');
    expect(await rowsOf(jobId)).toHaveLength(3);
  });

  it('stops after the batch in hand when the job is cancelled while it runs', async () => {
    const jobId = await aJob(1500, 500);
    const jobs = app.get(JobRepository);
    // A team member cancels while the first batch is being stored: the real cancel, then the real progress check.
    const recordProgress = jobs.recordProgress.bind(jobs);
    const cancelling = jest.spyOn(jobs, 'recordProgress').mockImplementationOnce(async (...args) => {
      await jobs.cancel(serviceId, jobId);
      return recordProgress(...args);
    });
    try {
      expect(await processing.process({ jobId, serviceId })).toBe('stopped');
    } finally {
      cancelling.mockRestore();
    }
    expect(await rowsOf(jobId)).toHaveLength(500);
    expect(await jobs.find(serviceId, jobId)).toMatchObject({ status: 'cancelled', rowsCancelled: 1000 });
  });

  it('ends a job whose template version is gone as failed, with the reason', async () => {
    const uploads = app.get(UploadRepository);
    const uploadId = await uploads.begin({ serviceId, templateId, templateVersion: 1, fileName: 'old.csv', createdById: null });
    await uploads.appendChunk(uploadId, 0, [{ rowNumber: 2, values: { 'email address': 'a@example.com', name: 'A' } }]);
    await uploads.complete(serviceId, uploadId, 1);
    const job = await app
      .get(JobRepository)
      .create({ id: randomUUID(), serviceId, templateId, templateVersion: 99, uploadId, fileName: 'old.csv', rowCount: 1, createdById: null });
    const error = await processing.process({ jobId: job.id, serviceId }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(JobCannotRunError);
    await processing.giveUp({ jobId: job.id, serviceId }, (error as Error).message);
    expect(await app.get(JobRepository).find(serviceId, job.id)).toMatchObject({
      status: 'failed',
      failureReason: 'The template this file was sent with, or its version, no longer exists',
    });
  });

  it('does nothing for a finished job', async () => {
    const jobId = await aJob(3);
    await processing.process({ jobId, serviceId });
    expect(await processing.process({ jobId, serviceId })).toBe('skipped');
  });

  it('lets BullMQ serve an API send (no priority) before bulk sends queued earlier', async () => {
    const jobId = await aJob(5);
    await processing.process({ jobId, serviceId });
    const apiSend = randomUUID();
    await app.get(DeliveryQueue).enqueueEmail({ notificationId: apiSend, serviceId });
    const order: string[] = [];
    const worker = new Worker<DeliveryJob>(
      QUEUES.sendEmail,
      async (job: Job<DeliveryJob>) => {
        order.push(job.data.notificationId);
      },
      {
        connection: { url: config.redisUrl, maxRetriesPerRequest: null },
        prefix: config.queuePrefix,
        concurrency: 1,
      },
    );
    try {
      await new Promise<void>((resolve) => worker.on('completed', () => order.length === 6 && resolve()));
    } finally {
      await worker.close();
    }
    expect(order[0]).toBe(apiSend);
  });
});
