import { Injectable } from '@nestjs/common';
import { DataSource, MoreThan, Repository } from 'typeorm';
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
    const row: JobEntity = { ...job, status: 'pending', rowsProcessed: 0, createdAt: at, startedAt: null, finishedAt: null };
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

  /** The worker takes the job: null when it is finished or cancelled (nothing left to do). */
  async start(serviceId: string, jobId: string, at = new Date()): Promise<StoredJob | null> {
    await this.jobs.update({ id: jobId, serviceId, status: 'pending' }, { status: 'in-progress', startedAt: at });
    const job = await this.find(serviceId, jobId);
    return job?.status === 'in-progress' ? job : null;
  }

  async recordProgress(serviceId: string, jobId: string, rowsProcessed: number): Promise<void> {
    await this.jobs.update({ id: jobId, serviceId, status: 'in-progress' }, { rowsProcessed });
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

  /** The job's rows in order, a page at a time (row numbers after `afterRow`). */
  async reportPage(serviceId: string, jobId: string, afterRow: number, limit: number): Promise<JobReportRow[]> {
    const rows = await this.notifications.find({
      select: { jobRowNumber: true, recipient: true, status: true, createdAt: true, updatedAt: true },
      where: { serviceId, jobId, jobRowNumber: MoreThan(afterRow) },
      order: { jobRowNumber: 'ASC' },
      take: limit,
    });
    return rows.map((r) => ({ rowNumber: r.jobRowNumber ?? 0, recipient: this.cipher.decrypt(r.recipient), status: r.status, at: r.updatedAt ?? r.createdAt }));
  }
}
