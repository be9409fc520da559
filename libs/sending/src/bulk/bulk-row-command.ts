import { columnKey, letterAddressPersonalisation, type Service, type TemplateVersion } from '@herald/domain';
import type { SendCommand, SendingKey, SendingSource } from '../send-command';

/** What every row of a file (or the admin's one-off form) shares. */
export interface RowSource {
  readonly source: SendingSource;
  readonly service: Service;
  readonly template: TemplateVersion;
  readonly key: SendingKey;
  readonly jobId?: string;
}

/** Column names repeat on every row of a file: their matching keys are worked out once. */
const COLUMN_KEYS = new Map<string, string>();
const MAX_CACHED_COLUMNS = 10_000;

function keyOf(name: string): string {
  let key = COLUMN_KEYS.get(name);
  if (key === undefined) {
    key = columnKey(name);
    if (COLUMN_KEYS.size < MAX_CACHED_COLUMNS) COLUMN_KEYS.set(name, key);
  }
  return key;
}

/**
 * A row of a file (column name → value) as a send command: the recipient from its column
 * (`email address`, `phone number`, or the address lines), every column as personalisation.
 */
export function bulkRowCommand(values: Readonly<Record<string, string>>, from: RowSource, rowNumber?: number): SendCommand {
  const { service, template, key, source } = from;
  const base = {
    source,
    service,
    key,
    templateId: template.id,
    templateVersion: template.version,
    reference: null,
    ...(from.jobId !== undefined && rowNumber !== undefined ? { job: { id: from.jobId, row: rowNumber } } : {}),
  };
  const byKey = (column: string) => {
    const wanted = keyOf(column);
    for (const name in values) if (keyOf(name) === wanted) return values[name];
    return '';
  };
  // The row's values are the personalisation as they are: nothing downstream changes them.
  if (template.type === 'email') return { ...base, channel: 'email', emailAddress: byKey('email address'), personalisation: values };
  if (template.type === 'sms') return { ...base, channel: 'sms', phoneNumber: byKey('phone number'), personalisation: values };
  return { ...base, channel: 'letter', personalisation: letterAddressPersonalisation(values) };
}
