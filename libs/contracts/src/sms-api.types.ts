import type { TemplateReference } from './public-api.types';

/** POST /v2/notifications/sms, 201 (docs/api-contract.md §12.2). */
export interface SmsNotificationCreated {
  id: string;
  reference: string | null;
  uri: string;
  template: TemplateReference;
  scheduled_for: null;
  content: { body: string; from_number: string };
}
