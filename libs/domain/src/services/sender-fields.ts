import { InvalidFieldsError } from '../errors/invalid-fields.error';
import { validateEmailAddress } from '../recipients/email-address';
import { isValidSmsSender } from '../recipients/phone-number';

/** A reply-to address as typed, checked as the admin's settings page and `herald reply-to add` check it. */
export function checkReplyToAddress(typed: string): string {
  if (!typed.trim()) throw new InvalidFieldsError([{ field: 'email_address', message: 'Enter an email address' }]);
  const address = validateEmailAddress(typed.trim());
  if (!address.ok)
    throw new InvalidFieldsError([{ field: 'email_address', message: 'Enter an email address in the correct format, like name@example.gov.uk' }]);
  return address.address;
}

/** A text message sender: up to 11 letters and digits, or a phone number (admin and `herald sms-sender add`). */
export function checkSmsSender(typed: string): string {
  const sender = typed.trim();
  if (!sender) throw new InvalidFieldsError([{ field: 'sms_sender', message: 'Enter a text message sender' }]);
  if (!isValidSmsSender(sender))
    throw new InvalidFieldsError([{ field: 'sms_sender', message: 'Text message sender must be up to 11 letters and numbers, or a phone number' }]);
  return sender;
}
