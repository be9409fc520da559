import { NotificationStatus } from '../notifications/notification-status';
import { Postage } from '../letters/postage';

/** One letter in a print batch: its PDF and what the printer needs to know to post it. */
export interface PrintLetter {
  readonly notificationId: string;
  /** The internal 16-character reference. */
  readonly reference: string;
  readonly postage: Postage;
  readonly pageCount: number;
  readonly pdf: Buffer;
}

/** What the print provider said about a whole batch. */
export interface PrintBatchAcceptance {
  readonly provider: string;
  /** Where the batch went (a folder on the print server, an outbox path). */
  readonly reference: string;
  /** `sending` until the printer reports back; `delivered` for a provider that knows at once. */
  readonly status: NotificationStatus;
}

/** A later report from the printer: the letter was posted, or it came back. */
export interface PrintOutcome {
  readonly notificationId: string;
  readonly status: 'delivered' | 'returned-letter';
}

export interface LetterProvider {
  readonly name: string;
  sendBatch(batchName: string, letters: readonly PrintLetter[]): Promise<PrintBatchAcceptance>;
  /** Reads (and consumes) any response files the printer left since the last call. */
  collectOutcomes(): Promise<PrintOutcome[]>;
  close?(): Promise<void>;
}

/** Nest injection token for the print provider chosen from configuration. */
export const LETTER_PROVIDER = Symbol('LETTER_PROVIDER');
