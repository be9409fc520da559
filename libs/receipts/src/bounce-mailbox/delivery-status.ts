import type { NotificationStatus } from '@herald/domain';

/** One recipient's block of a message/delivery-status part (RFC 3464 §2.3). */
export interface RecipientDeliveryStatus {
  readonly action: string;
  readonly status: string;
}

/**
 * Parses the body of a message/delivery-status part: a per-message block, then one block per
 * recipient, blocks separated by blank lines, header-style fields with folded continuation lines.
 */
export function parseDeliveryStatus(body: string): RecipientDeliveryStatus[] {
  const blocks = body
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map(fieldsOf);
  return blocks
    .filter((fields) => fields.has('action'))
    .map((fields) => ({ action: fields.get('action')!.toLowerCase(), status: (fields.get('status') ?? '').split(/\s/)[0] }));
}

/**
 * What a DSN means for the email: `failed` with a 5.x.x status is permanent-failure; a 4.x.x
 * status or `delayed` is temporary-failure; `delivered`, `relayed` and `expanded` say nothing
 * final here. The worst recipient decides (a notification has one recipient).
 */
export function statusFromDeliveryReport(recipients: readonly RecipientDeliveryStatus[]): NotificationStatus | null {
  let result: NotificationStatus | null = null;
  for (const { action, status } of recipients) {
    if (action === 'failed' && status.startsWith('5')) return 'permanent-failure';
    if ((action === 'failed' && status.startsWith('4')) || action === 'delayed') result = 'temporary-failure';
    else if (action === 'failed' && result === null) result = 'permanent-failure';
  }
  return result;
}

/** Header-style `Name: value` fields of one block, names lower-cased, folded lines joined. */
export function fieldsOf(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  let last: string | null = null;
  for (const line of block.split('\n')) {
    if (/^[ \t]/.test(line) && last) {
      fields.set(last, `${fields.get(last)} ${line.trim()}`);
      continue;
    }
    const match = /^([!-9;-~]+):\s*(.*)$/.exec(line);
    if (!match) continue;
    last = match[1].toLowerCase();
    fields.set(last, match[2].trim());
  }
  return fields;
}
