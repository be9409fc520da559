import { isFinalStatus, NotificationStatus, type StoredJob, type TemplateVersion } from '@herald/domain';
import type { JobProgress, JobSummary } from '@herald/contracts';

const DELIVERED: ReadonlySet<string> = new Set(['delivered', 'received']);
const NOT_YET_SENT: ReadonlySet<string> = new Set(['created', 'pending-virus-check']);

export function jobSummary(job: StoredJob, template: TemplateVersion | null, createdBy: string | null): JobSummary {
  return {
    id: job.id,
    fileName: job.fileName,
    templateId: job.templateId,
    templateName: template?.name ?? '',
    templateType: template?.type ?? 'email',
    rowCount: job.rowCount,
    status: job.status,
    createdAt: job.createdAt.toISOString(),
    createdBy,
  };
}

/** Sent = handed to a provider (any status after `created`); complete once every row has been sent or the job was cancelled. */
export function jobProgress(summary: JobSummary, job: StoredJob, counts: Partial<Record<NotificationStatus, number>>): JobProgress {
  const entries = Object.entries(counts) as Array<[NotificationStatus, number]>;
  const sum = (test: (status: NotificationStatus) => boolean): number => entries.filter(([status]) => test(status)).reduce((total, [, n]) => total + n, 0);
  const sent = sum((status) => !NOT_YET_SENT.has(status));
  const delivered = sum((status) => DELIVERED.has(status));
  const failed = sum((status) => isFinalStatus(status) && !DELIVERED.has(status));
  const created = sum((status) => NOT_YET_SENT.has(status));
  return {
    ...summary,
    rowsProcessed: job.rowsProcessed,
    sent,
    delivered,
    failed,
    pending: job.rowCount - delivered - failed,
    percentSent: job.rowCount === 0 ? 100 : Math.floor((sent * 100) / job.rowCount),
    complete: job.status === 'cancelled' || (job.status === 'finished' && created === 0),
    statusCounts: counts as Record<string, number>,
  };
}
