import type { JobProgress, JobRecipientFilter, JobRecipientsPage, JobSummary } from '@herald/contracts';
import { recipientLine, statusTag, StatusTag } from '../activity/notification-labels';
import { formatDateTime } from '../bootstrap/view-engine';

/** What the job page and its polling script show. */
export interface JobView extends JobProgress {
  readonly statusText: string;
  readonly rows: ReadonlyArray<{ readonly status: string; readonly count: number }>;
  /** Still scheduled or making messages: a team member may cancel it. */
  readonly cancellable: boolean;
}

const STATUS_TEXT: Record<JobProgress['status'], string> = {
  pending: 'Waiting to start',
  scheduled: 'Scheduled',
  'in-progress': 'Sending',
  finished: 'Finished',
  cancelled: 'Cancelled',
  failed: 'Failed',
};

const CANCELLABLE: ReadonlySet<string> = new Set(['pending', 'scheduled', 'in-progress']);

/** A job's state in words: `Scheduled for 7 December 2026 at 09:00`, `Sending`, `Cancelled`... */
export function jobStatusText(job: Pick<JobSummary, 'status' | 'scheduledFor'>, complete = true): string {
  if (job.status === 'finished' && !complete) return 'Sending';
  if (job.status === 'scheduled' && job.scheduledFor) return `Scheduled for ${formatDateTime(new Date(job.scheduledFor))}`;
  return STATUS_TEXT[job.status];
}

export function jobView(progress: JobProgress): JobView {
  const statusText = jobStatusText(progress, progress.complete);
  const rows = Object.entries(progress.statusCounts)
    .map(([status, count]) => ({ status, count }))
    .sort((a, b) => a.status.localeCompare(b.status));
  return { ...progress, statusText, rows, cancellable: CANCELLABLE.has(progress.status) };
}

const FILTERS: ReadonlyArray<{ readonly value: JobRecipientFilter; readonly text: string }> = [
  { value: 'all', text: 'All' },
  { value: 'sending', text: 'Sending' },
  { value: 'delivered', text: 'Delivered' },
  { value: 'failed', text: 'Failed' },
];

/** The recipients table: each row's status in words, the filter's choices, and the links to the pages either side. */
export function recipientsView(jobUrl: string, channel: string, found: JobRecipientsPage) {
  const pages = Math.max(1, Math.ceil(found.total / found.pageSize));
  const pageUrl = (page: number) =>
    `${jobUrl}?${new URLSearchParams({ ...(found.status === 'all' ? {} : { status: found.status }), page: String(page) })}#recipients`;
  return {
    ...found,
    pages,
    filters: FILTERS.map((f) => ({ ...f, selected: f.value === found.status })),
    rows: found.recipients.map((r): { rowNumber: number; recipient: string; tag: StatusTag; updatedAt: string } => ({
      rowNumber: r.rowNumber,
      recipient: recipientLine(channel, r.recipient),
      tag: statusTag(channel, r.status, found.nextPrintRun),
      updatedAt: r.updatedAt,
    })),
    previousUrl: found.page > 1 ? pageUrl(found.page - 1) : null,
    nextUrl: found.page < pages ? pageUrl(found.page + 1) : null,
  };
}
