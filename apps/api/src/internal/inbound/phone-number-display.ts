import { PhoneNumberFormat, PhoneNumberUtil } from 'google-libphonenumber';

const util = PhoneNumberUtil.getInstance();

/**
 * A number as people write it, as Notify shows one: a UK number as dialled at home (`07700 900111`),
 * any other with its country code (`+1 202-555-0123`). A short code or sender name stays as it is.
 */
export function displayPhoneNumber(number: string): string {
  const digits = number.replace(/[^\d]/g, '');
  if (digits.length < 7 || /[a-z]/i.test(number)) return number;
  try {
    // Stored numbers are E.164 digits; an inbound number may be stored as dialled in the UK (`07700 900500`).
    const national = /^\s*0(?!0)/.test(number);
    const parsed = national ? util.parse(digits, 'GB') : util.parse(`+${digits.replace(/^00/, '')}`);
    return util.format(parsed, parsed.getCountryCode() === 44 ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
  } catch {
    return number;
  }
}
