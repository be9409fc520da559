import { validatePhoneNumber } from '@herald/domain';
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

export interface SendSmsRequest {
  phone_number: string;
  template_id: string;
  personalisation?: Record<string, unknown>;
  reference?: string;
  sms_sender_id?: string;
  scheduled_for?: string | null;
}
