import { validateEmailAddress } from '@herald/domain';
import { RequestSchema } from '../validation/request-schema';
import { scheduledForError } from '../validation/scheduled-for';

const emailFormat = (value: string): string | null => (validateEmailAddress(value).ok ? null : 'Not a valid email address');

/** POST /v2/notifications/email (docs/api-contract.md §12.1); property order decides error order. */
export const SEND_EMAIL_SCHEMA: RequestSchema = {
  properties: {
    reference: { type: 'string', maxLength: 1000 },
    email_address: { type: 'string', format: emailFormat },
    template_id: { uuid: true },
    personalisation: { type: 'object' },
    scheduled_for: { type: ['string', 'null'], format: (value) => scheduledForError(value) },
    email_reply_to_id: { uuid: true },
    one_click_unsubscribe_url: { httpsUrl: true },
    sanitise_content_for: { type: ['array', 'null'], items: { type: 'string' } },
  },
  required: ['email_address', 'template_id'],
  additionalProperties: false,
};

export interface SendEmailRequest {
  email_address: string;
  template_id: string;
  personalisation?: Record<string, unknown>;
  reference?: string;
  scheduled_for?: string | null;
  email_reply_to_id?: string;
  one_click_unsubscribe_url?: string;
  sanitise_content_for?: string[] | null;
}
