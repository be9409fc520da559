import type { StatusReceipt } from '../receipt';

/** Emails and texts with no receipt 3 days after they were sent become temporary-failure (docs/api-contract.md §8). */
export const SENDING_TIMEOUT_MS = 72 * 60 * 60 * 1000;

/** Herald's own receipt for a notification that waited too long for its provider's. */
export function sendingTimeoutReceipt(notification: { readonly id: string; readonly serviceId: string }, at: Date): StatusReceipt {
  return { kind: 'status', source: 'sending-timeout', notificationId: notification.id, serviceId: notification.serviceId, status: 'temporary-failure', at };
}
