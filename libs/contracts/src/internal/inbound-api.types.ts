/**
 * The internal API's received text messages area (admin: "Received text messages"). A conversation
 * is named by the id of one of its received texts, never by the phone number, which stays out of URLs.
 */

/** One number that has texted the service: its newest text. Times are ISO 8601. */
export interface ConversationSummaryView {
  /** The id of the newest text from this number: the conversation's page. */
  readonly id: string;
  /** The sender's number as people write it (`07700 900111`, `+1 202-555-0123`). */
  readonly from: string;
  readonly latestMessage: string;
  readonly latestAt: string;
  readonly receivedCount: number;
}

export interface ReceivedTextsView {
  /** The service's inbound number, written as people write it; null when it has none now. */
  readonly inboundNumber: string | null;
  /** The most recent conversation first. */
  readonly conversations: readonly ConversationSummaryView[];
}

/** A text in a conversation: one the service received, or one it sent to that number. */
export interface ConversationMessageView {
  readonly direction: 'received' | 'sent';
  readonly content: string;
  readonly at: string;
  /** A sent text's notification and its status; null for a received one. */
  readonly notificationId: string | null;
  readonly status: string | null;
}

export interface ConversationView {
  readonly id: string;
  /** The sender's number as people write it, which the reply form takes as it is. */
  readonly from: string;
  /** Oldest first, newest last, as on a phone. */
  readonly messages: readonly ConversationMessageView[];
}
