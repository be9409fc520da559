import { isFinalStatus, NotificationStatus, type StoredJob, type TemplateVersion } from '@herald/domain';
import type { JobProgress, JobSummary } from '@herald/contracts';

const DELIVERED: ReadonlySet<string> = new Set(['delivered', 'sent', 'received']);
const NOT_YET_SENT: ReadonlySet<string> = new Set(['created', 'pending-virus-check']);
const ENDED: ReadonlySet<string> = new Set(['finished', 'cancelled', 'failed']);

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
    scheduledFor: job.scheduledFor?.toISOString() ?? null,
  };
}

/**
 * Sent = handed to a provider (any status after `created`). Rows a cancel stopped, or that a
 * failed job never made, are not waited for. Complete once the job has ended and every message
 * it made has been sent.
 */
export function jobProgress(summary: JobSummary, job: StoredJob, counts: Partial<Record<NotificationStatus, number>>): JobProgress {
  const entries = Object.entries(counts) as Array<[NotificationStatus, number]>;
  const sum = (test: (status: NotificationStatus) => boolean): number => entries.filter(([status]) => test(status)).reduce((total, [, n]) => total + n, 0);
  const sent = sum((status) => !NOT_YET_SENT.has(status));
  const delivered = sum((status) => DELIVERED.has(status));
  const failed = sum((status) => isFinalStatus(status) && !DELIVERED.has(status));
  const created = sum((status) => NOT_YET_SENT.has(status));
  const made = sum(() => true);
  const neverMade = job.status === 'cancelled' ? (job.rowsCancelled ?? job.rowCount - made) : job.status === 'failed' ? job.rowCount - made : 0;
  return {
    ...summary,
    rowsProcessed: job.rowsProcessed,
    sent,
    delivered,
    failed,
    pending: Math.max(0, job.rowCount - neverMade - delivered - failed),
    percentSent: job.rowCount === 0 ? 100 : Math.floor((sent * 100) / job.rowCount),
    complete: ENDED.has(job.status) && created === 0,
    statusCounts: counts as Record<string, number>,
    failureReason: job.status === 'failed' ? job.failureReason : null,
    messagesCancelled: job.status === 'cancelled' ? Math.max(0, neverMade) : null,
  };
}
