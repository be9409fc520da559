/** Plain words for the codes the oversight pages show. */

const OUTCOMES: Readonly<Record<string, string>> = {
  found: 'Found',
  not_found: 'Not found',
  declined: 'Declined: the person refused this purpose',
  unavailable: 'Register unavailable',
};

const FIELDS: Readonly<Record<string, string>> = {
  email_address: 'Email address',
  phone_number: 'Phone number',
  address: 'Postal address',
  language: 'Language',
  format_needs: 'Format needs',
  permissions: 'Channel permissions',
};

const CHANNELS: Readonly<Record<string, string>> = { email: 'Email', sms: 'Text message', letter: 'Letter' };

export const outcomeText = (outcome: string): string => OUTCOMES[outcome] ?? outcome;

/** Field names, never values: "Email address, Postal address", or "None". */
export const fieldsText = (fields: readonly string[]): string => (fields.length ? fields.map((f) => FIELDS[f] ?? f).join(', ') : 'None');

export const channelText = (channel: string): string => CHANNELS[channel] ?? channel;

/** `2026-03` as "March 2026". */
export const monthText = (month: string): string =>
  new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
