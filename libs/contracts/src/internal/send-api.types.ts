/** A template a team member may send from, with the fields its form needs. */
export interface SendableTemplate {
  readonly id: string;
  readonly name: string;
  readonly type: 'email' | 'sms' | 'letter';
  readonly version: number;
  /** The recipient's fields (`email address`, `phone number`, or address lines and postcode). */
  readonly recipientFields: readonly string[];
  /** Placeholder names as written in the template, recipient fields left out. */
  readonly placeholders: readonly string[];
}

export interface TemplateChoice {
  readonly id: string;
  readonly name: string;
  readonly type: 'email' | 'sms' | 'letter';
}

/** One message's values by field name (recipient fields and placeholders). */
export interface SendOneRequest {
  readonly values: Record<string, string>;
}

/** A message as its recipient will get it (text, before email layout). */
export interface MessagePreview {
  readonly recipient: string;
  readonly subject: string | null;
  readonly body: string;
}

export interface SendOneResult {
  readonly notificationId: string;
}

/** A notification sent from the admin, on its page. */
export interface SentNotification {
  readonly id: string;
  readonly type: 'email' | 'sms' | 'letter';
  readonly status: string;
  /** The status reached is final: nothing more will change. */
  readonly finished: boolean;
  readonly recipient: string;
  readonly templateId: string;
  readonly templateName: string;
  readonly createdAt: string;
  readonly sentAt: string | null;
  /** A letter waiting to be printed: when the next print run starts (ISO); null otherwise. */
  readonly nextPrintRun: string | null;
}
