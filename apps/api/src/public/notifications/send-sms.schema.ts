import { PhoneNumberValidation, validatePhoneNumber } from '@herald/domain';
import { RequestSchema } from '../validation/request-schema';
import { scheduledForError } from '../validation/scheduled-for';

// UK landlines and international numbers pass here; the service's permissions are checked later.
const phoneNumberFormat = (value: string): string | null => {
  const phone = validatePhoneNumber(value);
  return phone.ok ? null : phone.message;
};

/** POST /v2/notifications/sms (docs/api-contract.md §12.2); property order decides error order, as in Notify's schema. */
export const SEND_SMS_SCHEMA: RequestSchema = {
  properties: {
    reference: { type: 'string', maxLength: 1000 },
    phone_number: { type: 'string', format: phoneNumberFormat },
    sms_sender_id: { uuid: true },
    template_id: { uuid: true },
    personalisation: { type: 'object' },
    scheduled_for: { type: ['string', 'null'], format: (value) => scheduledForError(value) },
  },
  required: ['phone_number', 'template_id'],
  additionalProperties: false,
};

/**
 * SEND_SMS_SCHEMA, its phone number check telling `checked` what it found: the send goes on with
 * that answer instead of validating the number a second time (libphonenumber is slow).
 */
export function sendSmsSchemaTelling(checked: (phone: PhoneNumberValidation) => void): RequestSchema {
  const format = (value: string): string | null => {
    const phone = validatePhoneNumber(value);
    checked(phone);
    return phone.ok ? null : phone.message;
  };
  return { ...SEND_SMS_SCHEMA, properties: { ...SEND_SMS_SCHEMA.properties, phone_number: { type: 'string', format } } };
}

export interface SendSmsRequest {
  phone_number: string;
  template_id: string;
  personalisation?: Record<string, unknown>;
  reference?: string;
  sms_sender_id?: string;
  scheduled_for?: string | null;
}
