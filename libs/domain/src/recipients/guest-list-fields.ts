import type { FieldProblem } from '../errors/field-problem';
import { validateEmailAddress } from './email-address';
import { validatePhoneNumber } from './phone-number';

/** As on Notify's guest list page. */
export const MAX_GUEST_LIST_ENTRIES_PER_TYPE = 5;

/**
 * The problems of a whole guest list, as the admin's page and `herald guest-list add` both check it:
 * blank entries are ignored; each bad entry gets its own error, named by its position (`email_address_2`).
 */
export function guestListProblems(emails: readonly string[], phones: readonly string[]): FieldProblem[] {
  return [
    ...checkEntries(emails, 'email_address', 'email addresses', (value, n) =>
      validateEmailAddress(value).ok ? null : `Email address ${n} must be in the correct format, like name@example.gov.uk`,
    ),
    ...checkEntries(phones, 'phone_number', 'phone numbers', (value, n) => {
      const phone = validatePhoneNumber(value);
      return phone.ok ? null : `Mobile number ${n}: ${phone.message}`;
    }),
  ];
}

function checkEntries(values: readonly string[], field: string, plural: string, problemOf: (value: string, n: number) => string | null): FieldProblem[] {
  if (values.filter((v) => v !== '').length > MAX_GUEST_LIST_ENTRIES_PER_TYPE) {
    return [{ field: `${field}_1`, message: `You can add up to ${MAX_GUEST_LIST_ENTRIES_PER_TYPE} ${plural}` }];
  }
  return values.flatMap((value, i) => {
    const message = value === '' ? null : problemOf(value, i + 1);
    return message ? [{ field: `${field}_${i + 1}`, message }] : [];
  });
}
