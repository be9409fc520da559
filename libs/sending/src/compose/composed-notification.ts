import type { NewDocument, NewNotification } from '@herald/domain';
import type { SendProblem } from '../send-problem';

/** The daily limits a notification counts towards (a text abroad also counts as international). */
export interface LimitCount {
  readonly international: boolean;
}

/** What the response of a send shows of the message, as the recipient will get it. */
export type RenderedContent =
  | { readonly channel: 'email'; readonly subject: string; readonly body: string }
  | { readonly channel: 'sms'; readonly body: string; readonly sender: string | null }
  | { readonly channel: 'letter'; readonly subject: string; readonly body: string };

/**
 * A notification that passed every rule, ready to store. A smoke-test recipient's is answered
 * like any other but never stored.
 */
export interface ComposedNotification {
  readonly notification: NewNotification;
  /** A letter starts `sending` for a test key (it is never printed), otherwise `created`. */
  readonly initialStatus: 'created' | 'sending';
  /** Files the email links to, stored with it in one transaction. */
  readonly documents: readonly NewDocument[];
  readonly limit: LimitCount;
  readonly smokeTest: boolean;
  readonly content: RenderedContent;
}

export type ComposeResult = { readonly ok: true; readonly composed: ComposedNotification } | { readonly ok: false; readonly problems: readonly SendProblem[] };

export const refused = (...problems: SendProblem[]): ComposeResult => ({ ok: false, problems });
