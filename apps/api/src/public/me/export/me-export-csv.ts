import type { MeLookup, MeMessage } from '@herald/contracts';

const MESSAGE_COLUMNS = ['id', 'date', 'organisation', 'service', 'label', 'kind', 'status', 'status reason', 'delivered via', 'channels'];
const LOOKUP_COLUMNS = ['id', 'date', 'organisation', 'service', 'register', 'purpose', 'fields requested', 'outcome', 'message id'];

/** R-TR-4: one row per message; the channels in one cell ("email: Delivered; sms: Not needed..."). */
export function messagesCsv(messages: readonly MeMessage[]): string {
  return csv(
    MESSAGE_COLUMNS,
    messages.map((m) => [
      m.id,
      m.created_at,
      m.organisation,
      m.service,
      m.label,
      m.kind,
      m.status,
      m.status_reason,
      m.delivered_via,
      m.channels.map((c) => `${c.channel}: ${c.description}`).join('; '),
    ]),
  );
}

/** The look-ups as a second file (`part=lookups`): one row per look-up. */
export function lookupsCsv(lookups: readonly MeLookup[]): string {
  return csv(
    LOOKUP_COLUMNS,
    lookups.map((l) => [l.id, l.at, l.organisation, l.service, l.register, l.purpose, l.fields_requested.join('; '), l.outcome, l.message_id]),
  );
}

/** RFC 4180: CRLF line ends, a field with a comma, quote or line break quoted, quotes doubled. */
export function csv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | null>>): string {
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

function field(value: string | null): string {
  // A cell a spreadsheet would run as a formula is written as text (a service names its own labels).
  const text = value === null ? '' : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
