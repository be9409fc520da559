import { isFinalStatus, type NotificationStatus } from '@herald/domain';

export type AttemptOutcome = 'open' | 'delivered' | 'failed';

/**
 * What an attempt's Notify status means for routing (R-RT-1): `delivered` (or `sent`, a text abroad
 * that gets no receipt) ends the message; any other final status (a bounce, a permanent or technical
 * failure after retries, a returned or cancelled letter) moves on to the next channel.
 */
export function attemptOutcome(status: NotificationStatus): AttemptOutcome {
  if (status === 'delivered' || status === 'sent') return 'delivered';
  return isFinalStatus(status) ? 'failed' : 'open';
}
