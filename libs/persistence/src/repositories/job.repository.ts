import { Injectable } from '@nestjs/common';
import { DataSource, In, LessThan, LessThanOrEqual, MoreThan, Repository } from 'typeorm';
import { NewJob, NotificationStatus, StoredJob, TemplateType } from '@herald/domain';
import { FieldCipher } from '../database/field-cipher';
import { JobEntity } from '../entities/job.entity';
import { NotificationEntity } from '../entities/notification.entity';

/** A job's notification still waiting to be queued for delivery. */
export interface CreatedJobNotification {
  readonly id: string;
  readonly type: TemplateType;
}

/** One line of a job's report. */
export interface JobReportRow {
  readonly rowNumber: number;
  readonly recipient: string;
  readonly status: NotificationStatus;
  readonly at: Date;
}

/** A page of a job's rows, and how many rows match in all. */
export interface JobRecipientsPage {
  readonly rows: JobReportRow[];
  readonly total: number;
}

/** A job that has not ended yet: a cancel or the worker's giving up still applies to it. */
const NOT_ENDED = In(['pending', 'scheduled', 'in-progress']);
const FAILURE_REASON_LENGTH = 255;

/** Bulk sends, and what became of their rows. Every query takes the service's id. */
@Injectable()
export class JobRepository {
  private readonly jobs: Repository<JobEntity>;
  private readonly notifications: Repository<NotificationEntity>;

  constructor(
    dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {
    this.jobs = dataSource.getRepository(JobEntity);
    this.notifications = dataSource.getRepository(NotificationEntity);
  }

  async create(job: NewJob, at = new Date()): Promise<StoredJob> {
    const scheduledFor = job.scheduledFor ?? null;
    const row: JobEntity = {
      ...job,
      status: scheduledFor ? 'scheduled' : 'pending',
      rowsProcessed: 0,
      createdAt: at,
      startedAt: null,
      finishedAt: null,
      scheduledFor,
      failureReason: null,
      rowsCancelled: null,
    };
    await this.jobs.insert(row);
    return row;
  }

  async find(serviceId: string, jobId: string): Promise<StoredJob | null> {
    return this.jobs.findOneBy({ id: jobId, serviceId });
  }

  /** Newest first (the jobs page and the dashboard). */
  async listRecent(serviceId: string, limit: number): Promise<StoredJob[]> {
    return this.jobs.find({ where: { serviceId }, order: { createdAt: 'DESC', id: 'DESC' }, take: limit });
  }

  /**
   * The worker takes the job (a scheduled one once its time has come): null when it has ended or
   * is not due yet (nothing to do now). A job already `in-progress` (a retry) is taken again.
   */
  async start(serviceId: string, jobId: string, at = new Date()): Promise<StoredJob | null> {
    await this.jobs.update({ id: jobId, serviceId, status: 'pending' }, { status: 'in-progress', startedAt: at });
    await this.jobs.update({ id: jobId, serviceId, status: 'scheduled', scheduledFor: LessThanOrEqual(at) }, { status: 'in-progress', startedAt: at });
    const job = await this.find(serviceId, jobId);
    return job?.status === 'in-progress' ? job : null;
  }

  /**
   * Platform-wide, for the replay sweep: bulk sends that should have started before `before` and
   * have not (a scheduled one whose time had come by then, one sent at once created by then), in
   * id order; pass the last id returned as `afterId` for the next page.
   */
  async findNotStartedBefore(before: Date, limit: number, afterId?: string): Promise<Array<{ id: string; serviceId: string }>> {
    const page = afterId === undefined ? {} : { id: MoreThan(afterId) };
    return this.jobs.find({
      select: { id: true, serviceId: true },
      where: [
        { ...page, status: 'scheduled', scheduledFor: LessThan(before) },
        { ...page, status: 'pending', createdAt: LessThan(before) },
      ],
      order: { id: 'ASC' },
      take: limit,
    });
  }

  /** False once the job is no longer in progress (cancelled, or failed): the worker stops there. */
  async recordProgress(serviceId: string, jobId: string, rowsProcessed: number): Promise<boolean> {
    const result = await this.jobs.update({ id: jobId, serviceId, status: 'in-progress' }, { rowsProcessed });
    return (result.affected ?? 0) > 0;
  }

  /**
   * Stops a job that has not ended: null when it had (finished, cancelled or failed already). No
   * row is stored for the job once this returns (see NotificationInserts' `forJob`), so the rows
   * it stopped are counted then.
   */
  async cancel(serviceId: string, jobId: string, at = new Date()): Promise<StoredJob | null> {
    const result = await this.jobs.update({ id: jobId, serviceId, status: NOT_ENDED }, { status: 'cancelled', finishedAt: at });
    if ((result.affected ?? 0) === 0) return null;
    const job = await this.find(serviceId, jobId);
    if (!job) return null;
    const created = await this.notifications.countBy({ serviceId, jobId });
    await this.jobs.update({ id: jobId, serviceId }, { rowsCancelled: Math.max(0, job.rowCount - created) });
    return this.find(serviceId, jobId);
  }

  /** The worker gave up: the job ends `failed` with the reason, unless it had already ended. */
  async fail(serviceId: string, jobId: string, reason: string, at = new Date()): Promise<boolean> {
    const failureReason = reason.slice(0, FAILURE_REASON_LENGTH);
    const result = await this.jobs.update({ id: jobId, serviceId, status: NOT_ENDED }, { status: 'failed', failureReason, finishedAt: at });
    return (result.affected ?? 0) > 0;
  }

  async finish(serviceId: string, jobId: string, at = new Date()): Promise<void> {
    await this.jobs.update({ id: jobId, serviceId, status: 'in-progress' }, { status: 'finished', finishedAt: at });
  }

  /** Notifications per status, for the job's page. */
  async statusCounts(serviceId: string, jobId: string): Promise<Partial<Record<NotificationStatus, number>>> {
    const rows = await this.notifications
      .createQueryBuilder('n')
      .select('n.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .where('n.service_id = :serviceId AND n.job_id = :jobId', { serviceId, jobId })
      .groupBy('n.status')
      .getRawMany<{ status: NotificationStatus; count: string | number }>();
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.count)]));
  }

  /** The job's notifications between two row numbers (inclusive) that are still `created`. */
  async createdNotifications(serviceId: string, jobId: string, fromRow: number, toRow: number): Promise<CreatedJobNotification[]> {
    const rows = await this.notifications
      .createQueryBuilder('n')
      .select(['n.id', 'n.notificationType'])
      .where('n.service_id = :serviceId AND n.job_id = :jobId AND n.status = :created', { serviceId, jobId, created: 'created' })
      .andWhere('n.job_row_number BETWEEN :fromRow AND :toRow', { fromRow, toRow })
      .getMany();
    return rows.map((r) => ({ id: r.id, type: r.notificationType }));
  }

  /** A page of the job's rows in row order, only those with one of `statuses` when given, and how many match. */
  async recipientsPage(
    serviceId: string,
    jobId: string,
    statuses: readonly NotificationStatus[] | null,
    offset: number,
    limit: number,
  ): Promise<JobRecipientsPage> {
    const where = { serviceId, jobId, ...(statuses ? { status: In([...statuses]) } : {}) };
    const rows = await this.notifications.find({
      select: { jobRowNumber: true, recipient: true, status: true, createdAt: true, updatedAt: true },
      where,
      order: { jobRowNumber: 'ASC' },
      skip: offset,
      take: limit,
    });
    return { rows: rows.map((r) => this.reportRow(r)), total: await this.notifications.countBy(where) };
  }

  /** The job's rows in order, a page at a time (row numbers after `afterRow`). */
  async reportPage(serviceId: string, jobId: string, afterRow: number, limit: number): Promise<JobReportRow[]> {
    const rows = await this.notifications.find({
      select: { jobRowNumber: true, recipient: true, status: true, createdAt: true, updatedAt: true },
      where: { serviceId, jobId, jobRowNumber: MoreThan(afterRow) },
      order: { jobRowNumber: 'ASC' },
      take: limit,
    });
    return rows.map((r) => this.reportRow(r));
  }

  private reportRow(r: Pick<NotificationEntity, 'jobRowNumber' | 'recipient' | 'status' | 'createdAt' | 'updatedAt'>): JobReportRow {
    return { rowNumber: r.jobRowNumber ?? 0, recipient: this.cipher.decrypt(r.recipient), status: r.status, at: r.updatedAt ?? r.createdAt };
  }
}
