import type { PrintOutcome } from '@herald/domain';
import type { StatusReceipt } from '../receipt';

/** One line of the printer's response files: the letter was posted (`delivered`) or came back (`returned-letter`). */
export function printReceipt(outcome: PrintOutcome, at: Date): StatusReceipt {
  return { kind: 'status', source: 'print-provider', notificationId: outcome.notificationId, status: outcome.status, at };
}
