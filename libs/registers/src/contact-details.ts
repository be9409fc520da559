import { ContactDetails, ContactField, FORMAT_NEEDS, FormatNeed, MESSAGE_CHANNELS, MessageChannel } from '@herald/domain';

type Reader = (value: unknown) => ContactDetails[ContactField] | undefined;

const text: Reader = (value) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

const READERS: Record<ContactField, Reader> = {
  email_address: text,
  phone_number: text,
  language: text,
  address: (value) => {
    if (!isObject(value)) return undefined;
    const lines = Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '');
    return lines.length ? Object.fromEntries(lines) : undefined;
  },
  format_needs: (value) => {
    if (!Array.isArray(value)) return undefined;
    return value.filter((need): need is FormatNeed => (FORMAT_NEEDS as readonly unknown[]).includes(need));
  },
  permissions: (value) => {
    if (!isObject(value)) return undefined;
    const known = Object.entries(value).filter(
      (entry): entry is [MessageChannel, boolean] => (MESSAGE_CHANNELS as readonly string[]).includes(entry[0]) && typeof entry[1] === 'boolean',
    );
    return Object.fromEntries(known);
  },
};

/**
 * The contact details a register answered, reduced to the fields asked for (data minimisation:
 * Herald keeps nothing it did not ask for) and to values of the right shape. Null when the
 * answer is not an object at all.
 */
export function keepFields(answer: unknown, fields: readonly ContactField[]): ContactDetails | null {
  if (!isObject(answer)) return null;
  const kept: Record<string, unknown> = {};
  for (const field of fields) {
    const value = READERS[field](answer[field]);
    if (value !== undefined) kept[field] = value;
  }
  return kept as ContactDetails;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
