/** Types of a service's activity endpoints (/internal/services/:serviceId/notifications...). Times are ISO 8601. */

export type ActivityChannel = 'email' | 'sms' | 'letter';

/** The status filter's choices: each stands for several stored statuses. */
export const ACTIVITY_STATUS_GROUPS = ['sending', 'delivered', 'failed'] as const;
export type ActivityStatusGroup = (typeof ACTIVITY_STATUS_GROUPS)[number];

export interface ActivitySearch {
  /** Part of a recipient (email address, phone number or address) or of a reference. */
  readonly search?: string;
  readonly channels?: readonly ActivityChannel[];
  readonly statuses?: readonly ActivityStatusGroup[];
  /** From 1. */
  readonly page?: number;
}

export interface ActivityNotification {
  readonly id: string;
  readonly channel: ActivityChannel;
  readonly status: string;
  readonly recipient: string;
  readonly reference: string | null;
  readonly templateId: string;
  readonly templateName: string | null;
  /** Sent with a test key: it reached no one. */
  readonly fromTestKey: boolean;
  readonly jobId: string | null;
  /** Who sent it, in words: the team member's name, or the API key's ("API key Case system"). */
  readonly sentBy: string;
  /** Letters not yet with the print provider: when the next print run starts. */
  readonly nextPrintRun: string | null;
  readonly createdAt: string;
  readonly updatedAt: string | null;
}

export interface ActivityPage {
  readonly notifications: ActivityNotification[];
  readonly page: number;
  readonly pageSize: number;
  readonly hasPrevious: boolean;
  readonly hasNext: boolean;
  /**
   * Part of an address is looked for in the most recent messages only (each one decrypted);
   * true when older ones were matched by a whole address, number or part of a reference only.
   */
  readonly searchLimited: boolean;
}

/** One status the notification reached, and when (each status once, at its first time); the first is always `created`. */
export interface NotificationHistoryEntry {
  readonly status: string;
  readonly at: string;
}

/** Who or what sent the notification. */
export interface NotificationSender {
  /** Sent through the API with this key. */
  readonly apiKey: { readonly id: string; readonly name: string | null; readonly keyType: string } | null;
  /** The team member who sent it (one message or a bulk send) from the admin. */
  readonly teamMember: { readonly id: string; readonly name: string; readonly emailAddress: string } | null;
  /** A bulk send's row. */
  readonly bulkSend: { readonly jobId: string; readonly fileName: string | null; readonly rowNumber: number | null } | null;
}

/** The message as its recipient saw it. */
export interface NotificationContent {
  /** Emails and letters. */
  readonly subject: string | null;
  /** Emails: the plain-text body; texts: the message; letters: the letter's text. */
  readonly body: string;
  /** Emails: the whole email (layout, branding, formatting) as its recipient's client shows it; null for texts and letters. */
  readonly html: string | null;
  /** Letters: the PDF can be downloaded (…/notifications/:id/pdf). */
  readonly letterPdf: boolean;
}

export interface NotificationDetail {
  readonly id: string;
  readonly channel: ActivityChannel;
  readonly status: string;
  readonly recipient: string;
  readonly reference: string | null;
  readonly template: { readonly id: string; readonly name: string; readonly version: number };
  readonly createdAt: string;
  readonly sentAt: string | null;
  readonly updatedAt: string | null;
  readonly history: NotificationHistoryEntry[];
  readonly provider: string | null;
  readonly providerReference: string | null;
  readonly billableUnits: number;
  readonly content: NotificationContent;
  readonly sender: NotificationSender;
  readonly fromTestKey: boolean;
  /** Letters not yet with the print provider: when the next print run starts. */
  readonly nextPrintRun: string | null;
}
