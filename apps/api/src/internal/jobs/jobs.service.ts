import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InvalidFieldsError, scheduleProblem, scheduleSlots, StoredJob } from '@herald/domain';
import { JobRepository, TemplateRepository, UploadRepository, UserRepository } from '@herald/persistence';
import { JobQueue } from '@herald/queue';
import type { JobProgress, JobSummary, UploadSummary } from '@herald/contracts';
import { DailyLimits } from '@herald/sending';
import { noResultFound } from '../../errors/notify-error';
import { throwIfRefused } from '../../errors/send-refusals';
import type { SignedInUser } from '../auth/signed-in-user';
import { messagePreview } from '../send/message-preview';
import { SendableTemplates } from '../send/sendable-templates.service';
import { jobProgress, jobSummary } from './job-presenter';
import { jobReportLines } from './job-report';

const MAX_LISTED = 100;

/** A checked upload becomes a job (persist, then queue its id); jobs are listed, watched and reported. */
@Injectable()
export class JobsService {
  constructor(
    private readonly sendable: SendableTemplates,
    private readonly uploads: UploadRepository,
    private readonly jobs: JobRepository,
    private readonly templates: TemplateRepository,
    private readonly users: UserRepository,
    private readonly limits: DailyLimits,
    private readonly queue: JobQueue,
  ) {}

  async uploadSummary(serviceId: string, templateId: string, uploadId: string): Promise<UploadSummary> {
    const upload = await this.uploads.find(serviceId, uploadId);
    if (!upload || upload.templateId !== templateId) throw noResultFound();
    const from = await this.sendable.find(serviceId, templateId);
    const first = await this.uploads.firstRow(serviceId, uploadId);
    return {
      uploadId,
      fileName: upload.fileName,
      rowCount: upload.rowCount,
      templateId,
      templateName: from.template.name,
      templateType: from.template.type,
      firstMessage: { ...messagePreview(from.service, from.template, first?.values ?? {}), values: first?.values ?? {} },
      scheduleTimes: scheduleSlots().map((at) => at.toISOString()),
    };
  }

  /**
   * The job's id is the upload's, so sending the same file twice (a second click) gives the same
   * job. A scheduled job is queued at once too: the worker puts it back until its time comes.
   */
  async start(user: SignedInUser, serviceId: string, templateId: string, uploadId: string, scheduledForField?: unknown): Promise<{ jobId: string }> {
    const upload = await this.uploads.find(serviceId, uploadId);
    if (!upload || upload.templateId !== templateId) throw noResultFound();
    if (await this.jobs.find(serviceId, uploadId)) return { jobId: uploadId };
    const scheduledFor = scheduledForOf(scheduledForField);
    const from = await this.sendable.find(serviceId, templateId);
    const count = { count: upload.rowCount };
    throwIfRefused(await this.limits.check(from.service, 'normal', from.template.type, count));
    await this.jobs.create({
      id: uploadId,
      serviceId,
      templateId,
      templateVersion: upload.templateVersion,
      uploadId,
      fileName: upload.fileName,
      rowCount: upload.rowCount,
      createdById: user.id,
      scheduledFor,
    });
    await this.limits.record(from.service, 'normal', from.template.type, count);
    await this.queue.enqueueJob({ jobId: uploadId, serviceId });
    return { jobId: uploadId };
  }

  async list(serviceId: string, limit = 50): Promise<JobSummary[]> {
    const jobs = await this.jobs.listRecent(serviceId, Math.min(Math.max(1, limit), MAX_LISTED));
    return Promise.all(jobs.map((job) => this.summaryOf(job)));
  }

  async progress(serviceId: string, jobId: string): Promise<JobProgress> {
    const job = await this.jobs.find(serviceId, jobId);
    if (!job) throw noResultFound();
    return jobProgress(await this.summaryOf(job), job, await this.jobs.statusCounts(serviceId, jobId));
  }

  /** Stops a job that is scheduled or still making messages; one that has ended is shown as it is. */
  async cancel(serviceId: string, jobId: string): Promise<JobProgress> {
    if (!(await this.jobs.find(serviceId, jobId))) throw noResultFound();
    await this.jobs.cancel(serviceId, jobId);
    return this.progress(serviceId, jobId);
  }

  async report(serviceId: string, jobId: string): Promise<{ fileName: string; body: Readable }> {
    const job = await this.jobs.find(serviceId, jobId);
    if (!job) throw noResultFound();
    return { fileName: `${job.fileName.replace(/\.[^.]*$/, '')}-report.csv`, body: Readable.from(jobReportLines(this.jobs, serviceId, jobId)) };
  }

  private async summaryOf(job: StoredJob): Promise<JobSummary> {
    const template = await this.templates.findVersion(job.serviceId, job.templateId, job.templateVersion);
    const user = job.createdById ? await this.users.findById(job.createdById) : null;
    return jobSummary(job, template, user?.name ?? null);
  }
}

/** The request's `scheduledFor` (see StartJobRequest): none to send now; a time must be within the next 7 days. */
function scheduledForOf(value: unknown): Date | null {
  if (value === undefined || value === null || value === '') return null;
  const at = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
  const problem = scheduleProblem(at);
  if (problem) throw new InvalidFieldsError([{ field: 'scheduledFor', message: problem }]);
  return at;
}
