import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import type { NewNotification, StoredJob, UploadedRow } from '@herald/domain';
import { JobRepository, ServiceRepository, TemplateRepository, UploadRepository } from '@herald/persistence';
import { ProcessJobPayload } from '@herald/queue';
import { bulkRowCommand, composeNotification, NotificationWriter, RowSource, SendingContext, SendingContexts } from '@herald/sending';

/** Rows inserted in one statement: well inside both databases' limits on bound parameters. */
const INSERT_BATCH = 500;

/** A scheduled job whose time has not come: the queue keeps it until then. */
export interface JobNotDue {
  readonly notBefore: Date;
}

/** `stopped`: the job was cancelled (or failed) while its rows were being made. */
export type JobOutcome = 'finished' | 'skipped' | 'stopped' | JobNotDue;

/** A job that cannot run however often it is tried; its message is the reason the team sees. */
export class JobCannotRunError extends UnrecoverableError {}

interface JobRows {
  readonly from: RowSource;
  readonly context: SendingContext;
}

/**
 * Turns a bulk send's stored rows into notifications, a batch at a time, through the sending
 * library: every row composed with the rules of any send, then persisted and queued at bulk
 * priority. Safe to run twice: a row already stored for the job is skipped (unique job id + row
 * number), and every row of a batch still `created` is queued again by its id. The job's state is
 * read after every batch, so a cancel stops it at once; no row is stored once it is cancelled.
 */
@Injectable()
export class JobProcessingService {
  private readonly logger = new Logger(JobProcessingService.name);

  constructor(
    private readonly jobs: JobRepository,
    private readonly uploads: UploadRepository,
    private readonly services: ServiceRepository,
    private readonly templates: TemplateRepository,
    private readonly contexts: SendingContexts,
    private readonly writer: NotificationWriter,
  ) {}

  async process(payload: ProcessJobPayload, now = new Date()): Promise<JobOutcome> {
    const waiting = await this.jobs.find(payload.serviceId, payload.jobId);
    if (waiting?.status === 'scheduled' && waiting.scheduledFor && waiting.scheduledFor > now) return { notBefore: waiting.scheduledFor };
    const job = await this.jobs.start(payload.serviceId, payload.jobId, now);
    if (!job) return 'skipped';
    const rows = await this.rowsOf(job);
    let processed = 0;
    for await (const chunk of this.uploads.rows(job.serviceId, job.uploadId)) {
      for (let start = 0; start < chunk.length; start += INSERT_BATCH) {
        const batch = chunk.slice(start, start + INSERT_BATCH);
        await this.writer.persistAndQueueRows(job.serviceId, job.id, this.compose(job, rows, batch), batch[0].rowNumber, batch[batch.length - 1].rowNumber);
        processed += batch.length;
        if (!(await this.jobs.recordProgress(job.serviceId, job.id, processed))) return 'stopped';
      }
    }
    await this.jobs.finish(job.serviceId, job.id);
    return 'finished';
  }

  /** The worker gave up: the job ends `failed` with the reason (the messages already made keep going). */
  async giveUp(payload: ProcessJobPayload, reason: string): Promise<void> {
    if (await this.jobs.fail(payload.serviceId, payload.jobId, reason)) this.logger.warn(`Job ${payload.jobId} failed: ${reason}`);
  }

  /** Every row was checked at upload; one that no longer passes (the guest list changed, say) is skipped. */
  private compose(job: StoredJob, { from, context }: JobRows, batch: readonly UploadedRow[]): NewNotification[] {
    const composed = batch.map((row) => composeNotification(bulkRowCommand(row.values, from, row.rowNumber), context));
    const valid = composed.flatMap((result) => (result.ok ? [result.composed.notification] : []));
    if (valid.length < batch.length) this.logger.warn(`Job ${job.id}: ${batch.length - valid.length} rows no longer valid, skipped`);
    return valid;
  }

  private async rowsOf(job: StoredJob): Promise<JobRows> {
    const service = await this.services.findById(job.serviceId);
    const template = await this.templates.findVersion(job.serviceId, job.templateId, job.templateVersion);
    if (!service || !template) throw new JobCannotRunError('The template this file was sent with, or its version, no longer exists');
    const from: RowSource = { source: 'bulk', service, template, key: { keyType: 'normal', apiKeyId: null, createdById: job.createdById }, jobId: job.id };
    return { from, context: await this.contexts.forBulkSend(service, template, from.key) };
  }
}
