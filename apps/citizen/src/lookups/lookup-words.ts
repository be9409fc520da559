import type { MeLookup } from '@herald/contracts';

/** Register field names in words people use. A field not listed is shown with its underscores as spaces. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  email: 'email address',
  email_address: 'email address',
  phone: 'phone number',
  phone_number: 'phone number',
  mobile: 'mobile phone number',
  address: 'postal address',
  postal_address: 'postal address',
  postcode: 'postal address',
  name: 'name',
  full_name: 'name',
  given_name: 'first name',
  family_name: 'last name',
  date_of_birth: 'date of birth',
  language: 'language',
  preferred_language: 'language',
  format_needs: 'accessible formats',
  permissions: 'how you agreed to be contacted',
};

const OUTCOME_WORDS: Readonly<Record<MeLookup['outcome'], string>> = {
  found: 'Your details were found',
  not_found: 'Your details were not in the register',
  declined: 'The register did not give your details',
  unavailable: 'The register could not be reached',
};

/** "email address, postal address": each field once, in words, in the order asked. */
export function fieldsInWords(fields: readonly string[]): string {
  const words = fields.map((field) => {
    const name = field.trim().toLowerCase();
    if (/^address_line_\d$/.test(name)) return 'postal address';
    return FIELD_WORDS[name] ?? name.replace(/[_.-]+/g, ' ');
  });
  return [...new Set(words)].join(', ') || 'nothing';
}

export function outcomeWords(outcome: MeLookup['outcome']): string {
  return OUTCOME_WORDS[outcome] ?? outcome;
}
