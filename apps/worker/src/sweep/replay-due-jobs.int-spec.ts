import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobRepository, UploadRepository } from '@herald/persistence';
import { JobQueue, ProcessJobPayload, QUEUES, SCHEDULED_TASKS } from '@herald/queue';
import { aTestConfig, eventually, HeraldUnderTest } from '@herald/testing';
import { ReplayDueJobsService } from './replay-due-jobs.service';

const ROWS = 3;

/**
 * A scheduled bulk send waits in Redis as a delayed job. When Redis loses it (a restart without
 * persistence), the replay sweep queues the send again once it is overdue, and every row is sent
 * once. Against the machine's PostgreSQL and Redis, with a worker.
 */
describe('a scheduled bulk send whose delayed job Redis lost', () => {
  let herald: HeraldUnderTest;
  let processJob: Queue<ProcessJobPayload>;
  let serviceId: string;
  let templateId: string;

  beforeAll(async () => {
    // Overdue one second after its time, so the test need not wait the default two minutes.
    herald = await HeraldUnderTest.start(await aTestConfig({ REPLAY_AFTER_SECONDS: '1' }), { worker: true });
    processJob = herald.worker!.get<Queue<ProcessJobPayload>>(getQueueToken(QUEUES.processJob));
    serviceId = (await herald.scenario.aService({ name: `Replayed bulk sends ${Date.now()}`, live: true })).id;
    templateId = (await herald.scenario.anEmailTemplate(serviceId)).id;
  });

  afterAll(async () => {
    await herald?.stop();
  });

  /** A bulk send of ROWS rows scheduled `inMs` from now, queued as the API queues it; waits until the worker has delayed it to its time. */
  async function aScheduledBulkSend(inMs: number): Promise<{ jobId: string; scheduledFor: Date }> {
    const uploads = herald.get(UploadRepository);
    const uploadId = await uploads.begin({ serviceId, templateId, templateVersion: 1, fileName: 'people.csv', createdById: null });
    const rows = Array.from({ length: ROWS }, (_, i) => ({
      rowNumber: i + 2,
      values: { 'email address': `person${i}@example.gov.uk`, name: `Person ${i}`, date: 'Monday' },
    }));
    await uploads.appendChunk(uploadId, 0, rows);
    await uploads.complete(serviceId, uploadId, ROWS);
    const scheduledFor = new Date(Date.now() + inMs);
    const job = await herald
      .get(JobRepository)
      .create({ id: uploadId, serviceId, templateId, templateVersion: 1, uploadId, fileName: 'people.csv', rowCount: ROWS, createdById: null, scheduledFor });
    await herald.get(JobQueue).enqueueJob({ jobId: job.id, serviceId });
    await eventually(async () => expect(await processJob.getJobState(job.id)).toBe('delayed'));
    return { jobId: job.id, scheduledFor };
  }

  const statusesOf = async (jobId: string): Promise<string[]> =>
    (await herald.get(DataSource).query('SELECT status FROM notifications WHERE job_id = $1 ORDER BY job_row_number', [jobId])).map(
      (r: { status: string }) => r.status,
    );

  const replaySweep = () => herald.runWorkerJob(QUEUES.scheduledTasks, SCHEDULED_TASKS.replayCreated);

  it('is queued again by the replay sweep once overdue, and every row is sent once', async () => {
    const { jobId, scheduledFor } = await aScheduledBulkSend(1500);
    await (await processJob.getJob(jobId))!.remove();
    // Overdue: its time and the replay margin have passed, and nothing else will start it.
    await eventually(async () => expect(Date.now()).toBeGreaterThan(scheduledFor.getTime() + 1500), 10_000);
    expect(await herald.get(JobRepository).find(serviceId, jobId)).toMatchObject({ status: 'scheduled' });

    expect(await replaySweep()).toBeGreaterThanOrEqual(1);

    await eventually(async () => expect(await herald.get(JobRepository).find(serviceId, jobId)).toMatchObject({ status: 'finished', rowsProcessed: ROWS }));
    await eventually(async () => {
      const statuses = await statusesOf(jobId);
      expect(statuses).toHaveLength(ROWS);
      expect(statuses.filter((s) => s !== 'sending' && s !== 'delivered')).toEqual([]);
    }, 20_000);
    // A second sweep finds nothing to start again: the rows stay one each.
    await replaySweep();
    expect(await statusesOf(jobId)).toHaveLength(ROWS);
    expect((await processJob.getJob(jobId))?.attemptsMade ?? 1).toBe(1);
  });

  it('changes nothing while the delayed job is still there: the send keeps its one job and its time', async () => {
    const { jobId, scheduledFor } = await aScheduledBulkSend(3000);
    const before = await processJob.getJob(jobId);
    // The sweep as if the send were long overdue: the job id is the send's id, so adding it again is a no-op.
    await herald.worker!.get(ReplayDueJobsService).replay(new Date(scheduledFor.getTime() + 60_000));
    const after = await processJob.getJob(jobId);
    expect(await processJob.getJobState(jobId)).toBe('delayed');
    expect(after?.timestamp).toBe(before?.timestamp);
    expect((await processJob.getDelayed()).filter((j) => j.id === jobId)).toHaveLength(1);
    await eventually(
      async () => expect(await herald.get(JobRepository).find(serviceId, jobId)).toMatchObject({ status: 'finished', rowsProcessed: ROWS }),
      20_000,
    );
    expect(await statusesOf(jobId)).toHaveLength(ROWS);
  });
});
