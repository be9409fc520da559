/** The callbacks a service can configure (docs/api-contract.md §10), as stored. */
export const CALLBACK_TYPES = ['delivery_status', 'inbound_sms', 'complaint', 'returned_letter', 'message_status'] as const;

export type CallbackType = (typeof CALLBACK_TYPES)[number];

/** §10: a bearer token shorter than this is refused. */
export const MIN_CALLBACK_TOKEN_LENGTH = 10;

/** Notification statuses a delivery-status callback reports (§10: not `created`, `sending` or `pending`). */
export const REPORTED_STATUSES: readonly string[] = ['sent', 'delivered', 'permanent-failure', 'temporary-failure', 'technical-failure'];

export function isReportedStatus(status: string): boolean {
  return REPORTED_STATUSES.includes(status);
}
