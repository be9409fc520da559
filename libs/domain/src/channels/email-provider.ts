import { NotificationStatus } from '../notifications/notification-status';

/** A rendered email, ready for any provider. */
export interface OutboundEmail {
  /** The notification id; also used as the Message-ID so receivers can de-duplicate. */
  readonly notificationId: string;
  readonly from: { readonly name: string; readonly address: string };
  readonly to: string;
  readonly replyTo: string | null;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  readonly unsubscribeUrl: string | null;
}

/** What the provider said when it took the message. */
export interface ProviderAcceptance {
  readonly provider: string;
  readonly reference: string;
  /**
   * The status the notification has now. A provider that sends receipts later says `sending`;
   * one that knows the outcome at once (the outbox, the test-key simulator) says so.
   */
  readonly status: NotificationStatus;
}

export interface EmailProvider {
  readonly name: string;
  send(email: OutboundEmail): Promise<ProviderAcceptance>;
}

/** Nest injection token for the live email provider chosen from configuration. */
export const EMAIL_PROVIDER = Symbol('EMAIL_PROVIDER');
/** Nest injection token for the provider used by test keys: never reaches a real recipient. */
export const SIMULATED_EMAIL_PROVIDER = Symbol('SIMULATED_EMAIL_PROVIDER');
