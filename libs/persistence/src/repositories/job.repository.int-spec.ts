import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { BOTH_DATABASES, openPersistence } from '@herald/testing';
import { NewNotification, UploadedRow } from '@herald/domain';
import { JobRepository } from './job.repository';
import { NotificationRepository } from './notification.repository';
import { ServiceRepository } from './service.repository';
import { TemplateRepository } from './template.repository';
import { UploadRepository } from './upload.repository';

describe.each(BOTH_DATABASES)('jobs and uploads on %s', (_name, makeConfig) => {
  let app: INestApplicationContext;
  let jobs: JobRepository;
  let uploads: UploadRepository;
  let notifications: NotificationRepository;
  let serviceId: string;
  let templateId: string;

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    jobs = app.get(JobRepository);
    uploads = app.get(UploadRepository);
    notifications = app.get(NotificationRepository);
    serviceId = (await app.get(ServiceRepository).create({ name: `Jobs ${randomUUID()}`, restricted: false })).id;
    templateId = (await app.get(TemplateRepository).create(serviceId, { name: 'Mail', type: 'email', subject: 'Hi', content: 'Hello ((name))' })).id;
  });
  afterAll(() => app.close());

  const rowsFrom = (first: number, count: number): UploadedRow[] =>
    Array.from({ length: count }, (_, i) => ({ rowNumber: first + i, values: { 'email address': `person${first + i}@example.com`, name: `P${first + i}` } }));

  async function anUpload(chunks: number, perChunk: number): Promise<string> {
    const id = await uploads.begin({ serviceId, templateId, templateVersion: 1, fileName: 'people.csv', createdById: null });
    for (let c = 0; c < chunks; c += 1) await uploads.appendChunk(id, c, rowsFrom(2 + c * perChunk, perChunk));
    await uploads.complete(serviceId, id, chunks * perChunk);
    return id;
  }

  const aJobRow = (jobId: string, row: number, id = randomUUID()): NewNotification => ({
    id,
    serviceId,
    templateId,
    templateVersion: 1,
    apiKeyId: null,
    keyType: 'normal',
    type: 'email',
    recipient: `person${row}@example.com`,
    normalisedRecipient: `person${row}@example.com`,
    personalisation: {},
    clientReference: null,
    replyTo: null,
    oneClickUnsubscribeUrl: null,
    createdById: null,
    createdAt: new Date(),
    jobId,
    jobRowNumber: row,
  });

  it('reads an upload back a chunk at a time, from any row on', async () => {
    const id = await anUpload(3, 4);
    const all: number[] = [];
    for await (const chunk of uploads.rows(serviceId, id)) all.push(...chunk.map((r) => r.rowNumber));
    expect(all).toEqual(Array.from({ length: 12 }, (_, i) => i + 2));
    const rest: number[] = [];
    for await (const chunk of uploads.rows(serviceId, id, 9)) rest.push(...chunk.map((r) => r.rowNumber));
    expect(rest).toEqual([9, 10, 11, 12, 13]);
    expect(await uploads.firstRow(serviceId, id)).toEqual(rowsFrom(2, 1)[0]);
    expect(await uploads.find(randomUUID(), id)).toBeNull();
  });

  it('forgets a discarded upload and its rows', async () => {
    const id = await anUpload(2, 2);
    await uploads.discard(serviceId, id);
    expect(await uploads.find(serviceId, id)).toBeNull();
    expect(await uploads.firstRow(serviceId, id)).toBeNull();
  });

  it('stores one notification per job row however often the row is inserted, and counts them by status', async () => {
    const uploadId = await anUpload(1, 3);
    const job = await jobs.create({
      id: randomUUID(),
      serviceId,
      templateId,
      templateVersion: 1,
      uploadId,
      fileName: 'people.csv',
      rowCount: 3,
      createdById: null,
    });
    await jobs.start(serviceId, job.id);
    await notifications.insertIgnoringDuplicates(job.id, [aJobRow(job.id, 2), aJobRow(job.id, 3)]);
    await notifications.insertIgnoringDuplicates(job.id, [aJobRow(job.id, 2), aJobRow(job.id, 3), aJobRow(job.id, 4)]);
    expect(await jobs.statusCounts(serviceId, job.id)).toEqual({ created: 3 });
    expect((await jobs.createdNotifications(serviceId, job.id, 3, 4)).length).toBe(2);
    const report = await jobs.reportPage(serviceId, job.id, 2, 10);
    expect(report.map((r) => [r.rowNumber, r.recipient, r.status])).toEqual([
      [3, 'person3@example.com', 'created'],
      [4, 'person4@example.com', 'created'],
    ]);
    expect(await jobs.statusCounts(randomUUID(), job.id)).toEqual({});
  });

  const aJob = async (rowCount: number, scheduledFor: Date | null = null) =>
    jobs.create({
      id: randomUUID(),
      serviceId,
      templateId,
      templateVersion: 1,
      uploadId: await anUpload(1, rowCount),
      fileName: 'people.csv',
      rowCount,
      createdById: null,
      scheduledFor,
    });

  it('stores no row of a job that is not in progress: not started, or cancelled', async () => {
    const job = await aJob(3);
    await notifications.insertIgnoringDuplicates(job.id, [aJobRow(job.id, 2)]);
    expect(await jobs.statusCounts(serviceId, job.id)).toEqual({});
    await jobs.start(serviceId, job.id);
    await notifications.insertIgnoringDuplicates(job.id, [aJobRow(job.id, 2)]);
    expect(await jobs.cancel(serviceId, job.id)).toMatchObject({ status: 'cancelled', rowsCancelled: 2 });
    await notifications.insertIgnoringDuplicates(job.id, [aJobRow(job.id, 3), aJobRow(job.id, 4)]);
    expect(await jobs.statusCounts(serviceId, job.id)).toEqual({ created: 1 });
    expect(await jobs.recordProgress(serviceId, job.id, 3)).toBe(false);
    expect(await jobs.cancel(serviceId, job.id)).toBeNull();
  });

  it('starts a scheduled job only once its time has come', async () => {
    const at = new Date(Date.now() + 60 * 60 * 1000);
    const job = await aJob(1, at);
    expect(job).toMatchObject({ status: 'scheduled', scheduledFor: at });
    expect(await jobs.start(serviceId, job.id, new Date(at.getTime() - 1000))).toBeNull();
    expect((await jobs.find(serviceId, job.id))?.status).toBe('scheduled');
    expect((await jobs.start(serviceId, job.id, at))?.status).toBe('in-progress');
  });

  it('cancels a scheduled job, which never starts, and not another service’s', async () => {
    const job = await aJob(4, new Date(Date.now() + 60 * 60 * 1000));
    expect(await jobs.cancel(randomUUID(), job.id)).toBeNull();
    expect(await jobs.cancel(serviceId, job.id)).toMatchObject({ status: 'cancelled', rowsCancelled: 4 });
    expect(await jobs.start(serviceId, job.id, new Date(Date.now() + 2 * 60 * 60 * 1000))).toBeNull();
  });

  it('fails a job that has not ended with its reason, and leaves an ended one as it was', async () => {
    const job = await aJob(1);
    await jobs.start(serviceId, job.id);
    expect(await jobs.fail(serviceId, job.id, 'The template no longer exists')).toBe(true);
    expect(await jobs.find(serviceId, job.id)).toMatchObject({ status: 'failed', failureReason: 'The template no longer exists' });
    const cancelled = await aJob(1);
    await jobs.cancel(serviceId, cancelled.id);
    expect(await jobs.fail(serviceId, cancelled.id, 'Too late')).toBe(false);
    expect((await jobs.find(serviceId, cancelled.id))?.status).toBe('cancelled');
  });

  it('pages a job’s recipients in row order, filtered by status', async () => {
    const job = await aJob(5);
    await jobs.start(serviceId, job.id);
    await notifications.insertIgnoringDuplicates(
      job.id,
      [6, 2, 4, 3, 5].map((row) => aJobRow(job.id, row)),
    );
    const first = await jobs.recipientsPage(serviceId, job.id, null, 0, 2);
    expect(first.total).toBe(5);
    expect(first.rows.map((r) => [r.rowNumber, r.recipient])).toEqual([
      [2, 'person2@example.com'],
      [3, 'person3@example.com'],
    ]);
    expect((await jobs.recipientsPage(serviceId, job.id, null, 4, 2)).rows.map((r) => r.rowNumber)).toEqual([6]);
    expect(await jobs.recipientsPage(serviceId, job.id, ['delivered'], 0, 2)).toEqual({ rows: [], total: 0 });
    expect((await jobs.recipientsPage(randomUUID(), job.id, null, 0, 2)).total).toBe(0);
  });

  it('moves a job from pending to in-progress to finished, once', async () => {
    const uploadId = await anUpload(1, 1);
    const job = await jobs.create({
      id: randomUUID(),
      serviceId,
      templateId,
      templateVersion: 1,
      uploadId,
      fileName: 'one.csv',
      rowCount: 1,
      createdById: null,
    });
    expect((await jobs.start(serviceId, job.id))?.status).toBe('in-progress');
    expect((await jobs.start(serviceId, job.id))?.status).toBe('in-progress');
    await jobs.recordProgress(serviceId, job.id, 1);
    await jobs.finish(serviceId, job.id);
    expect(await jobs.start(serviceId, job.id)).toBeNull();
    expect(await jobs.find(serviceId, job.id)).toMatchObject({ status: 'finished', rowsProcessed: 1 });
    expect(await jobs.find(randomUUID(), job.id)).toBeNull();
    const recent = await jobs.listRecent(serviceId, 1);
    expect(recent.map((j) => j.id)).toEqual([job.id]);
  });
});
