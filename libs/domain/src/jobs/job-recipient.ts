import type { TemplateType } from '../notifications/notification-types';
import { validateEmailAddress } from '../recipients/email-address';
import { validatePhoneNumber, ValidPhoneNumber } from '../recipients/phone-number';
import { PostalAddress, validatePostalAddress } from '../recipients/postal-address';

/** A file's column name as Notify matches it: case, spaces, underscores and hyphens do not count. */
export const columnKey = (name: string): string => name.replace(/[ _-]/g, '').toLowerCase();

const ADDRESS_COLUMNS = [
  'address line 1',
  'address line 2',
  'address line 3',
  'address line 4',
  'address line 5',
  'address line 6',
  'address line 7',
  'postcode',
];

/** The columns that name a row's recipient, as a file's header should spell them. */
export function recipientColumns(type: TemplateType): readonly string[] {
  if (type === 'email') return ['email address'];
  if (type === 'sms') return ['phone number'];
  return ADDRESS_COLUMNS;
}

/** The columns a file of this type must have (letters: the first three address lines at least). */
export function requiredRecipientColumns(type: TemplateType): readonly string[] {
  return type === 'letter' ? ADDRESS_COLUMNS.slice(0, 3) : recipientColumns(type);
}

export type JobRecipient =
  | { readonly ok: true; readonly type: 'email'; readonly address: string; readonly normalised: string }
  | { readonly ok: true; readonly type: 'sms'; readonly address: string; readonly normalised: string; readonly phone: ValidPhoneNumber }
  | { readonly ok: true; readonly type: 'letter'; readonly address: string; readonly normalised: string; readonly postal: PostalAddress }
  | { readonly ok: false; readonly column: string; readonly message: string };

/**
 * A row's recipient, checked with the same rules (and messages) as the API. `values` holds the
 * row by column key (see columnKey).
 */
export function jobRecipient(type: TemplateType, values: ReadonlyMap<string, string>, options: { allowInternationalLetters: boolean }): JobRecipient {
  if (type === 'email') {
    const raw = values.get(columnKey('email address')) ?? '';
    const email = validateEmailAddress(raw);
    return email.ok ? { ok: true, type, address: email.address, normalised: email.normalised } : { ok: false, column: 'email address', message: email.message };
  }
  if (type === 'sms') {
    const raw = values.get(columnKey('phone number')) ?? '';
    const phone = validatePhoneNumber(raw);
    return phone.ok
      ? { ok: true, type, address: raw.trim(), normalised: phone.normalised, phone }
      : { ok: false, column: 'phone number', message: phone.message };
  }
  const personalisation: Record<string, string> = {};
  ADDRESS_COLUMNS.forEach((column) => {
    personalisation[column.replace(/ /g, '_')] = values.get(columnKey(column)) ?? '';
  });
  const postal = validatePostalAddress(personalisation, { allowInternational: options.allowInternationalLetters });
  if (!postal.ok) return { ok: false, column: 'address', message: postal.message };
  const address = postal.address.lines.join('\n');
  return { ok: true, type, address, normalised: address.toLowerCase(), postal: postal.address };
}

/** Letters read their address from `address_line_1`… and `postcode`, whatever a file's or form's spelling. */
export function letterAddressPersonalisation(values: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => {
      const key = columnKey(name);
      if (key === 'postcode') return ['postcode', value];
      const line = /^addressline([1-7])$/.exec(key);
      return [line ? `address_line_${line[1]}` : name, value];
    }),
  );
}
