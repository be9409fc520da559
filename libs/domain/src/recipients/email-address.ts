import { domainToASCII } from 'node:url';

/**
 * Email address validation as notifications-utils does it
 * (`recipient_validation/email_address.py`): deliberately stricter than RFC 5322 in the local
 * part, so nothing reaches a provider that it would reject as a technical failure.
 */
export type EmailAddressValidation = { ok: true; address: string; normalised: string } | { ok: false; message: 'Not a valid email address' };

const INVALID = { ok: false, message: 'Not a valid email address' } as const;

const ZERO_WIDTH_CHARACTERS = /[\u200B\u200C\u200D\u2060\uFEFF]/g;
const EMAIL_PATTERN = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@([^.@][^@\s]+)$/u;
// domainToASCII percent-decodes ("ex%41mple" becomes "example"), where Notify's IDNA codec keeps
// ASCII as it is; any ASCII outside letters, digits, dots and hyphens can never make a valid
// label, so it is refused before encoding.
const ASCII_NOT_ALLOWED_IN_HOST = /[^a-z0-9.\-\u0080-\uFFFF]/i;
const HOST_LABEL = /^(xn|[a-z0-9]+)(-?-[a-z0-9]+)*$/i;
const TOP_LEVEL_DOMAIN = /^([a-z]{2,63}|xn--([a-z0-9]+-)*[a-z0-9]+)$/i;

const MAX_ADDRESS_LENGTH = 320;
const MAX_HOST_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;

const SMOKE_TEST_EMAIL_ADDRESSES: ReadonlySet<string> = new Set([
  'simulate-delivered@notifications.service.gov.uk',
  'simulate-delivered-2@notifications.service.gov.uk',
  'simulate-delivered-3@notifications.service.gov.uk',
]);

export function validateEmailAddress(raw: string): EmailAddressValidation {
  const address = raw.replace(ZERO_WIDTH_CHARACTERS, '').trim();
  const match = EMAIL_PATTERN.exec(address);
  if (!match) return INVALID;
  // Counted in code points, as Python's len() counts them.
  if ([...address].length > MAX_ADDRESS_LENGTH) return INVALID;
  if (address.includes('..')) return INVALID;
  if (!isValidHost(match[1])) return INVALID;
  return { ok: true, address, normalised: address.toLowerCase() };
}

/** Notify's smoke-test addresses: answered with 201 but never stored, sent or called back. */
export function isSmokeTestEmailAddress(normalised: string): boolean {
  return SMOKE_TEST_EMAIL_ADDRESSES.has(normalised);
}

function isValidHost(host: string): boolean {
  if (ASCII_NOT_ALLOWED_IN_HOST.test(host)) return false;
  const encoded = domainToASCII(host);
  if (!encoded) return false;
  const labels = encoded.split('.');
  if (encoded.length > MAX_HOST_LENGTH || labels.length < 2) return false;
  const labelsValid = labels.every((label) => label.length > 0 && label.length <= MAX_LABEL_LENGTH && HOST_LABEL.test(label));
  return labelsValid && TOP_LEVEL_DOMAIN.test(labels[labels.length - 1]);
}
