import { isFinalStatus, NOTIFICATION_STATUSES, NotificationStatus } from '@herald/domain';
import { JOB_RECIPIENT_FILTERS, JobRecipientFilter } from '@herald/contracts';

const DELIVERED: readonly NotificationStatus[] = ['delivered', 'sent'];

/** The stored statuses each filter of a job's recipients list shows; null for every row. */
const STATUSES: Readonly<Record<JobRecipientFilter, readonly NotificationStatus[] | null>> = {
  all: null,
  sending: NOTIFICATION_STATUSES.filter((status) => !isFinalStatus(status)),
  delivered: DELIVERED,
  failed: NOTIFICATION_STATUSES.filter((status) => isFinalStatus(status) && !DELIVERED.includes(status)),
};

/** A filter from the query string: anything unknown shows every row. */
export function recipientFilter(value: string | undefined): JobRecipientFilter {
  return (JOB_RECIPIENT_FILTERS as readonly string[]).includes(value ?? '') ? (value as JobRecipientFilter) : 'all';
}

export function statusesOf(filter: JobRecipientFilter): readonly NotificationStatus[] | null {
  return STATUSES[filter];
}

/** A page number from the query string, at least 1. */
export function pageNumber(value: string | undefined): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? Math.min(page, 100_000) : 1;
}
