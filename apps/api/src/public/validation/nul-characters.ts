import { ADDRESS_KEYS, addressFieldText } from '@herald/domain';

/**
 * PostgreSQL text cannot hold U+0000, so a string that would be stored or compared in SQL is
 * refused with this message (after the field name) rather than failing in the database.
 */
export const NUL_MESSAGE = 'must not contain NUL characters';

export const hasNul = (text: string): boolean => text.includes('\u0000');

/** The first address field of a letter's personalisation whose text, as it would be stored, holds a NUL. */
export function addressKeyWithNul(personalisation: Readonly<Record<string, unknown>>): string | undefined {
  return [...ADDRESS_KEYS, 'postcode'].find((key) => Object.hasOwn(personalisation, key) && hasNul(addressFieldText(personalisation[key])));
}
