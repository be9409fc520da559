import { randomUUID } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { InternalApiClient } from '@herald/contracts';
import { Service, TEAM_PERMISSIONS, TemplateVersion } from '@herald/domain';
import { SessionRepository, UploadRepository } from '@herald/persistence';
import { PROCESS_JOB_RETRY, QUEUES } from '@herald/queue';
import { aTestConfig, eventually, HeraldUnderTest, LoopbackSmtp } from '@herald/testing';

/** The worker's rows are read a chunk at a time; small chunks make small batches, so the test can stop one. */
const ROWS_PER_CHUNK = 5;

/**
 * Scheduling, cancelling and failing bulk sends, with a real worker delivering to a real SMTP
 * server on loopback: what a cancel stopped is never sent, and a job the worker gives up on ends
 * `failed` with its reason.
 */
describe('scheduled, cancelled and failed bulk sends (internal API, worker, SMTP)', () => {
  const smtp = new LoopbackSmtp();
  let herald: HeraldUnderTest;
  let service: Service;
  let template: TemplateVersion;
  let sender: InternalApiClient;
  let databaseUrl: string;
  let processJobs: Queue;

  beforeAll(async () => {
    await smtp.start();
    const config = await aTestConfig({ SMTP_URL: smtp.url });
    if (config.database.type !== 'postgres') throw new Error('these tests need PostgreSQL');
    databaseUrl = config.database.url;
    herald = await HeraldUnderTest.start(config, { worker: true });
    service = await herald.scenario.aService();
    template = await herald.scenario.anEmailTemplate(service.id, { subject: 'Hello', content: 'Dear ((name))' });
    const user = await herald.scenario.aUser({ serviceId: service.id, permissions: [...TEAM_PERMISSIONS] });
    sender = new InternalApiClient(herald.baseUrl, (await herald.get(SessionRepository).open(user.id)).token);
    processJobs = herald.worker!.get<Queue>(getQueueToken(QUEUES.processJob));
  });

  afterAll(async () => {
    await herald.stop();
    await smtp.stop();
  });

  /** A checked upload of `rowCount` rows to people of one batch (`tag`), stored as the upload step stores it. */
  async function anUpload(tag: string, rowCount: number): Promise<string> {
    const uploads = herald.get(UploadRepository);
    const uploadId = await uploads.begin({ serviceId: service.id, templateId: template.id, templateVersion: 1, fileName: `${tag}.csv`, createdById: null });
    for (let first = 0, chunk = 0; first < rowCount; first += ROWS_PER_CHUNK, chunk += 1) {
      const rows = Array.from({ length: Math.min(ROWS_PER_CHUNK, rowCount - first) }, (_, i) => ({
        rowNumber: first + i + 2,
        values: { 'email address': `${tag}-${first + i}@example.com`, name: `Person ${first + i}` },
      }));
      await uploads.appendChunk(uploadId, chunk, rows);
    }
    await uploads.complete(service.id, uploadId, rowCount);
    return uploadId;
  }

  const mailTo = (tag: string) => smtp.messages.filter((mail) => (mail.to && 'text' in mail.to ? mail.to.text : '').startsWith(`${tag}-`));
  const rowsOf = async (jobId: string): Promise<number> =>
    Number((await herald.get(DataSource).query('SELECT COUNT(*) AS n FROM notifications WHERE job_id = $1', [jobId]))[0].n);

  /** The worker has run the bulk send's queue job to its end (a finished run's job is removed from the queue). */
  const workerDone = (jobId: string) => eventually(async () => expect(await processJobs.getJobState(jobId)).toBe('unknown'));

  /** Waits until a statement is waiting for a lock (read outside any transaction: PostgreSQL keeps one view of its activity per transaction). */
  async function waitingOnLock(watcher: Client, statement: string): Promise<void> {
    await eventually(async () => {
      const found = await watcher.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE $1`, [
        `${statement}%`,
      ]);
      expect(found.rowCount).toBeGreaterThan(0);
    });
  }

  it('stops a running send: no row is made after the cancel returns, and only the rows made before it are sent', async () => {
    const tag = `running-${randomUUID()}`;
    const uploadId = await anUpload(tag, 40);
    // Another transaction holds row 2 of the job, uncommitted: the worker's first insert waits for it, holding the job FOR SHARE.
    const blocker = new Client({ connectionString: databaseUrl });
    const watcher = new Client({ connectionString: databaseUrl });
    await blocker.connect();
    await watcher.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query(
        `INSERT INTO notifications (id, service_id, template_id, template_version, key_type, notification_type, recipient, recipient_hash,
           personalisation, status, created_at, job_id, job_row_number)
         VALUES ($1, $2, $3, 1, 'normal', 'email', 'x', 'x', '{}', 'created', now(), $4, 2)`,
        [randomUUID(), service.id, template.id, uploadId],
      );
      const { jobId } = await sender.jobs.start(service.id, template.id, uploadId);
      await waitingOnLock(watcher, 'INSERT INTO notifications');
      const cancelling = sender.jobs.cancel(service.id, jobId);
      // The cancel waits for the insert in flight, which waits for the blocker.
      await waitingOnLock(watcher, 'UPDATE "jobs"');
      await blocker.query('ROLLBACK');

      const cancelled = await cancelling;
      expect(cancelled).toMatchObject({ status: 'cancelled', messagesCancelled: 40 - ROWS_PER_CHUNK });
      const made = await rowsOf(jobId);
      expect(made).toBe(ROWS_PER_CHUNK);

      // The worker stops at its next check; the rows it made are delivered, and no others.
      await workerDone(jobId);
      await eventually(async () => {
        const progress = await sender.jobs.progress(service.id, jobId);
        // Handed to the SMTP server: `sending` until a receipt says more; the cancelled rows are not waited for.
        expect(progress).toMatchObject({ complete: true, sent: ROWS_PER_CHUNK, pending: ROWS_PER_CHUNK, statusCounts: { sending: ROWS_PER_CHUNK } });
      });
      await eventually(async () => expect(mailTo(tag)).toHaveLength(ROWS_PER_CHUNK));
      expect(await rowsOf(jobId)).toBe(made);
      expect(await sender.jobs.recipients(service.id, jobId)).toMatchObject({ total: ROWS_PER_CHUNK });
    } finally {
      await blocker.end();
      await watcher.end();
    }
  });

  it('holds a scheduled send until its time, and a cancelled one is never sent', async () => {
    const tag = `scheduled-${randomUUID()}`;
    const uploadId = await anUpload(tag, 12);
    const summary = await sender.jobs.summary(service.id, template.id, uploadId);
    expect(summary.scheduleTimes.length).toBeGreaterThanOrEqual(7 * 24 - 1);
    const at = summary.scheduleTimes[0];
    const { jobId } = await sender.jobs.start(service.id, template.id, uploadId, { scheduledFor: at });
    expect(await sender.jobs.progress(service.id, jobId)).toMatchObject({ status: 'scheduled', scheduledFor: at });
    // The worker puts the job back in the queue until its time.
    await eventually(async () => expect(await processJobs.getJobState(jobId)).toBe('delayed'));
    expect(await sender.jobs.cancel(service.id, jobId)).toMatchObject({ status: 'cancelled', messagesCancelled: 12, complete: true });
    // Its time comes early: the worker finds it cancelled and makes nothing.
    await (await processJobs.getJob(jobId))!.promote();
    await workerDone(jobId);
    expect(await rowsOf(jobId)).toBe(0);
    expect(mailTo(tag)).toHaveLength(0);
  });

  it('refuses a time more than 7 days ahead, and another service’s member cannot cancel', async () => {
    const uploadId = await anUpload(`late-${randomUUID()}`, 1);
    const tooLate = new Date(Date.now() + 8 * 24 * 60 * 60 * 1000).toISOString();
    await expect(sender.jobs.start(service.id, template.id, uploadId, { scheduledFor: tooLate })).rejects.toMatchObject({
      status: 400,
      problems: [{ field: 'scheduledFor', message: 'The time must be within the next 7 days' }],
    });
    const { jobId } = await sender.jobs.start(service.id, template.id, uploadId, { scheduledFor: new Date(Date.now() + 3_600_000).toISOString() });
    const other = await herald.scenario.aService();
    const stranger = await herald.scenario.aUser({ serviceId: other.id, permissions: [...TEAM_PERMISSIONS] });
    const theirs = new InternalApiClient(herald.baseUrl, (await herald.get(SessionRepository).open(stranger.id)).token);
    await expect(theirs.jobs.cancel(service.id, jobId)).rejects.toMatchObject({ status: 404 });
    await expect(theirs.jobs.cancel(other.id, jobId)).rejects.toMatchObject({ status: 404 });
    const viewer = await herald.scenario.aUser({ serviceId: service.id, permissions: ['view_dashboard'] });
    const watching = new InternalApiClient(herald.baseUrl, (await herald.get(SessionRepository).open(viewer.id)).token);
    await expect(watching.jobs.cancel(service.id, jobId)).rejects.toMatchObject({ status: 403 });
    expect((await sender.jobs.progress(service.id, jobId)).status).toBe('scheduled');
  });

  it('ends a job whose worker gave up as failed, with the reason, instead of leaving it in progress', async () => {
    const tag = `failing-${randomUUID()}`;
    const uploadId = await anUpload(tag, 3);
    // Rows that cannot be read: every attempt fails.
    await herald.get(DataSource).query(`UPDATE upload_chunks SET data = 'not what was stored' WHERE upload_id = $1`, [uploadId]);
    const { jobId } = await sender.jobs.start(service.id, template.id, uploadId);
    const failed = await eventually(async () => {
      // BullMQ waits longer after each failed attempt: the test brings each retry forward.
      const job = await processJobs.getJob(jobId);
      if (job && (await job.isDelayed())) await job.promote().catch(() => undefined);
      const progress = await sender.jobs.progress(service.id, jobId);
      expect(progress.status).toBe('failed');
      return progress;
    });
    expect(failed).toMatchObject({
      failureReason: `Herald stopped making the messages after ${PROCESS_JOB_RETRY.attempts} tries because of a problem on its side`,
      complete: true,
    });
    expect(await rowsOf(jobId)).toBe(0);
  });
});
