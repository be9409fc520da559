/** Notify's stored statuses (docs/api-contract.md §8). */
export const NOTIFICATION_STATUSES = [
  'cancelled',
  'created',
  'sending',
  'sent',
  'delivered',
  'pending',
  'failed',
  'technical-failure',
  'temporary-failure',
  'permanent-failure',
  'pending-virus-check',
  'validation-failed',
  'virus-scan-failed',
  'returned-letter',
  // Herald's own: an omnichannel letter waiting for operators to produce braille, audio or easy read (R-LF-5).
  'pending-alternative-format',
] as const;

export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** Statuses the list filter accepts: every stored status plus the letter-only public names. */
export const NOTIFICATION_STATUS_FILTERS = [
  'cancelled',
  'created',
  'sending',
  'sent',
  'delivered',
  'pending',
  'failed',
  'technical-failure',
  'temporary-failure',
  'permanent-failure',
  'pending-virus-check',
  'validation-failed',
  'virus-scan-failed',
  'returned-letter',
  'accepted',
  'received',
] as const;
export type NotificationStatusFilter = (typeof NOTIFICATION_STATUS_FILTERS)[number];

const FINAL_STATUSES: ReadonlySet<NotificationStatus> = new Set([
  'sent',
  'delivered',
  'failed',
  'technical-failure',
  'temporary-failure',
  'permanent-failure',
  'returned-letter',
  'cancelled',
  'validation-failed',
  'virus-scan-failed',
]);

/** `completed_at` is shown only for these (docs/api-contract.md §8). */
const COMPLETED_STATUSES: ReadonlySet<NotificationStatus> = new Set([
  'sent',
  'delivered',
  'failed',
  'technical-failure',
  'temporary-failure',
  'permanent-failure',
  'returned-letter',
  'cancelled',
  'validation-failed',
]);

export const isFinalStatus = (status: NotificationStatus): boolean => FINAL_STATUSES.has(status);
export const isCompletedStatus = (status: NotificationStatus): boolean => COMPLETED_STATUSES.has(status);

const RANK: Record<NotificationStatus, number> = {
  created: 0,
  'pending-virus-check': 0,
  'pending-alternative-format': 0,
  sending: 1,
  pending: 2,
  sent: 3,
  delivered: 4,
  'temporary-failure': 4,
  'permanent-failure': 4,
  'technical-failure': 4,
  failed: 4,
  'validation-failed': 4,
  'virus-scan-failed': 4,
  cancelled: 4,
  'returned-letter': 5,
};

/**
 * Only forward moves are applied: a repeated, late or out-of-order receipt never takes a
 * notification back, and a final status is never replaced (a posted letter may still come back).
 */
export function canTransition(from: NotificationStatus, to: NotificationStatus): boolean {
  if (from === to) return false;
  // Produced by hand (R-LF-5): done, or cancelled before it was.
  if (from === 'pending-alternative-format') return to === 'delivered' || to === 'cancelled';
  if (to === 'returned-letter') return from === 'delivered' || from === 'sending';
  if (isFinalStatus(from)) return false;
  return RANK[to] > RANK[from];
}

/** Every status a notification may be in for `to` to be applied: the WHERE of an atomic forward-only update. */
export function statusesThatMayBecome(to: NotificationStatus): NotificationStatus[] {
  return NOTIFICATION_STATUSES.filter((from) => canTransition(from, to));
}

/** Expands the list endpoint's status filters into stored statuses (docs/api-contract.md §8). */
export function expandStatusFilters(filters: readonly NotificationStatusFilter[]): NotificationStatus[] {
  const expanded = new Set<NotificationStatus>();
  for (const filter of filters) {
    if (filter === 'failed') {
      for (const s of ['technical-failure', 'temporary-failure', 'permanent-failure', 'validation-failed', 'virus-scan-failed', 'returned-letter'] as const)
        expanded.add(s);
    } else if (filter === 'accepted') {
      expanded.add('created');
      expanded.add('sending');
    } else if (filter === 'received') {
      expanded.add('delivered');
    } else {
      expanded.add(filter);
    }
  }
  return [...expanded];
}
