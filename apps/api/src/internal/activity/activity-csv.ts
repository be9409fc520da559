import { ActivityNotification, channelWords, statusWords, ukSpreadsheetTime } from '@herald/contracts';

const HEADER = ['Recipient', 'Reference', 'Template', 'Channel', 'Status', 'Sent by', 'Time (UK)'];

export const activityCsvHeader = (): string => line(HEADER);

/** One notification as a CSV line: the status in the words the admin shows, the time in UK time. */
export function activityCsvLine(n: ActivityNotification, now: Date = new Date()): string {
  return line([
    n.channel === 'letter' ? oneLine(n.recipient) : n.recipient,
    n.reference ?? '',
    n.templateName ?? 'Deleted template',
    channelWords(n.channel),
    statusWords(n.channel, n.status, n.nextPrintRun, now).text,
    n.sentBy,
    ukSpreadsheetTime(new Date(n.createdAt)),
  ]);
}

const oneLine = (address: string): string =>
  address
    .split('\n')
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');

const line = (cells: readonly string[]): string => `${cells.map(cell).join(',')}\r\n`;

/** RFC 4180 quoting; a cell starting with =, +, - or @ gets a leading apostrophe so a spreadsheet never runs it as a formula. */
export function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
