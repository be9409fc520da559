import { Injectable, Logger } from '@nestjs/common';
import {
  EmailReplyToRepository, JobRepository, NewNotification, NotificationRepository, ServiceRepository, SmsSenderRepository, StoredJob, TemplateRepository,
  UploadRepository,
} from '@herald/persistence';
import { JobQueue, ProcessJobPayload } from '@herald/queue';
import { JobSendContext, jobRowNotification } from './job-row-notification';

/** Rows inserted in one statement: well inside both databases' limits on bound parameters. */
const INSERT_BATCH = 500;

export type JobOutcome = 'finished' | 'skipped';

/**
 * Turns a bulk send's stored rows into notifications, a batch at a time: persist, then queue the
 * ids at bulk priority. Safe to run twice: a row already stored for the job is skipped (unique
 * job id + row number), and every row of a batch still `created` is queued again by its id.
 */
@Injectable()
export class JobProcessingService {
  private readonly logger = new Logger(JobProcessingService.name);

  constructor(
    private readonly jobs: JobRepository,
    private readonly uploads: UploadRepository,
    private readonly notifications: NotificationRepository,
    private readonly services: ServiceRepository,
    private readonly templates: TemplateRepository,
    private readonly replyTos: EmailReplyToRepository,
    private readonly senders: SmsSenderRepository,
    private readonly queue: JobQueue,
  ) {}

  async process(payload: ProcessJobPayload): Promise<JobOutcome> {
    const job = await this.jobs.start(payload.serviceId, payload.jobId);
    if (!job) return 'skipped';
    const context = await this.contextOf(job);
    let processed = 0;
    for await (const rows of this.uploads.rows(job.serviceId, job.uploadId)) {
      for (let start = 0; start < rows.length; start += INSERT_BATCH) {
        const batch = rows.slice(start, start + INSERT_BATCH);
        await this.store(context, batch.map((row) => jobRowNotification(row, context)));
        await this.queueCreated(job, batch[0].rowNumber, batch[batch.length - 1].rowNumber);
        processed += batch.length;
        await this.jobs.recordProgress(job.serviceId, job.id, processed);
      }
    }
    await this.jobs.finish(job.serviceId, job.id);
    return 'finished';
  }

  private async store(context: JobSendContext, notifications: Array<NewNotification | null>): Promise<void> {
    const valid = notifications.filter((n): n is NewNotification => n !== null);
    if (valid.length < notifications.length) this.logger.warn(`Job ${context.job.id}: ${notifications.length - valid.length} rows no longer valid, skipped`);
    await this.notifications.insertIgnoringDuplicates(valid);
  }

  private async queueCreated(job: StoredJob, fromRow: number, toRow: number): Promise<void> {
    const created = await this.jobs.createdNotifications(job.serviceId, job.id, fromRow, toRow);
    await this.queue.enqueueNotifications(job.serviceId, created);
  }

  private async contextOf(job: StoredJob): Promise<JobSendContext> {
    const service = await this.services.findById(job.serviceId);
    const template = await this.templates.findVersion(job.serviceId, job.templateId, job.templateVersion);
    if (!service || !template) throw new Error(`Job ${job.id}: its service or template version is gone`);
    const replyTo = template.type === 'email' ? (await this.replyTos.findDefault(job.serviceId))?.emailAddress ?? null : null;
    const smsSender = template.type === 'sms' ? (await this.senders.findDefault(job.serviceId))?.smsSender ?? null : null;
    return { job, service, template, replyTo, smsSender };
  }
}
