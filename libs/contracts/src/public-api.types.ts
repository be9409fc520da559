/** Response bodies of the public (Notify v2) API, field for field as docs/api-contract.md §12. */
export interface TemplateReference {
  id: string;
  version: number;
  uri: string;
}

export interface EmailNotificationCreated {
  id: string;
  reference: string | null;
  uri: string;
  template: TemplateReference;
  scheduled_for: null;
  content: { from_email: string; body: string; subject: string; one_click_unsubscribe_url: string | null };
  sanitised_content: Record<string, { unsanitised: string; sanitised: string }>;
}

export interface NotificationResponse {
  id: string;
  reference: string | null;
  email_address: string | null;
  phone_number: string | null;
  line_1: string | null;
  line_2: string | null;
  line_3: string | null;
  line_4: string | null;
  line_5: string | null;
  line_6: string | null;
  postcode: string | null;
  type: 'email' | 'sms' | 'letter';
  status: string;
  template: TemplateReference;
  body: string;
  subject: string | null;
  created_at: string;
  created_by_name: string | null;
  sent_at: string | null;
  completed_at: string | null;
  scheduled_for: null;
  postage: string | null;
  one_click_unsubscribe_url: string | null;
  is_cost_data_ready: boolean;
  cost_in_pounds: number | null;
  cost_details: Record<string, unknown>;
  estimated_delivery?: string;
}

export interface NotificationListResponse {
  notifications: NotificationResponse[];
  links: { current: string; next?: string };
}

export interface NotifyErrorBody {
  status_code: number;
  /** `field`: the field refused, when Herald's own endpoints (`/herald/v1/me/preferences`) refuse one. */
  errors: Array<{ error: string; message: string; field?: string }>;
}
