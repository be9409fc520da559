import { validateEmailAddress } from './email-address';
import { validatePhoneNumber } from './phone-number';

export const GUEST_LIST_RECIPIENT_TYPES = ['email', 'mobile'] as const;
export type GuestListRecipientType = (typeof GUEST_LIST_RECIPIENT_TYPES)[number];

export type GuestListRecipient =
  | { readonly ok: true; readonly type: GuestListRecipientType; readonly recipient: string; readonly normalised: string }
  | { readonly ok: false; readonly message: string };

/** A guest-list entry is an email address (it has an `@`) or a phone number, normalised for matching. */
export function parseGuestListRecipient(raw: string): GuestListRecipient {
  const recipient = raw.trim();
  if (recipient.includes('@')) {
    const email = validateEmailAddress(recipient);
    return email.ok ? { ok: true, type: 'email', recipient, normalised: email.normalised } : { ok: false, message: email.message };
  }
  const phone = validatePhoneNumber(recipient);
  return phone.ok ? { ok: true, type: 'mobile', recipient, normalised: phone.normalised } : { ok: false, message: phone.message };
}
