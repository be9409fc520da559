import type { NotificationStatus, TemplateType } from '@herald/domain';

/**
 * Where a receipt came from. Each source speaks for one channel (see RECEIPT_SOURCES), and all
 * but the sending timeout are a provider's word on a message it was given.
 */
export type ReceiptSource = 'twilio' | 'ses' | 'bounce-mailbox' | 'print-provider' | 'sending-timeout';

/** What a source may change: only notifications of its channel, and (for a provider) only live ones. */
export interface ReceiptSourceRule {
  /** Only a notification of this channel (a printer's report is about letters); none: any. */
  readonly channel: TemplateType | null;
  /** Never a test key's notification: it reached no provider, so no provider's receipt can be about it. */
  readonly liveOnly: boolean;
}

/** Each source's rule: the one table that says which channel a source speaks for. */
export const RECEIPT_SOURCES: Readonly<Record<ReceiptSource, ReceiptSourceRule>> = {
  twilio: { channel: 'sms', liveOnly: true },
  ses: { channel: 'email', liveOnly: true },
  'bounce-mailbox': { channel: 'email', liveOnly: true },
  'print-provider': { channel: 'letter', liveOnly: true },
  // Herald's own judgement, on emails and texts whatever their key (the query picks them).
  'sending-timeout': { channel: null, liveOnly: false },
};

/** Which notification a receipt is about. */
export interface ReceiptSubject {
  readonly notificationId: string;
  /** When the source knows it (the sending timeout does); otherwise the notification's own is used. */
  readonly serviceId?: string;
  /** The provider's reference for the message (Twilio's MessageSid): when both are known, they must match. */
  readonly providerReference?: string;
}

/** A new status for a notification: delivered, a failure of some kind, or still sending. */
export interface StatusReceipt extends ReceiptSubject {
  readonly kind: 'status';
  readonly source: ReceiptSource;
  readonly status: NotificationStatus;
  /** When the provider says it happened (or when Herald heard of it). */
  readonly at: Date;
  /** What the provider said in its own words (`undelivered 30003`, `Bounce Permanent`), for the log. */
  readonly providerStatus?: string;
}

/** A recipient marked an email as spam: recorded as a complaint, with its own callback. */
export interface ComplaintReceipt extends ReceiptSubject {
  readonly kind: 'complaint';
  readonly source: 'ses' | 'bounce-mailbox';
  /** The feedback type, e.g. `abuse`, when the report gives one. */
  readonly complaintType: string | null;
  readonly at: Date;
  /** What identifies the report at its source (SES feedbackId, the ARF message id): the same key is one complaint. */
  readonly reportKey: string;
}

/** Every way a status or a complaint comes back, as one value that applyReceipt takes. */
export type Receipt = StatusReceipt | ComplaintReceipt;

/** What applying a receipt did; `reason` says why nothing changed. */
export type ReceiptResult =
  | { readonly applied: true; readonly serviceId: string }
  | { readonly applied: false; readonly reason: 'not-found' | 'reference-mismatch' | 'not-forward' | 'repeated' };
