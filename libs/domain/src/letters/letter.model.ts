import type { KeyType } from '../notifications/notification-types';

/** A letter notification to store: the address as printed, its postage and its printed reference. */
export interface NewLetter {
  readonly id: string;
  readonly serviceId: string;
  readonly templateId: string;
  readonly templateVersion: number;
  readonly apiKeyId: string | null;
  readonly keyType: KeyType;
  /** The address lines, one a line, as printed. */
  readonly address: string;
  readonly personalisation: Record<string, unknown>;
  readonly clientReference: string | null;
  readonly postage: string;
  readonly letterReference: string;
  readonly status: 'created' | 'sending' | 'pending-virus-check' | 'pending-alternative-format';
  readonly createdAt: Date;
  /** The team member who sent it from the admin (one letter or a bulk send); null through the API. */
  readonly createdById?: string | null;
  /** An omnichannel attempt: its message, and the format its recipient needs. */
  readonly messageId?: string;
  readonly letterFormat?: string;
  /** R-LF-5: a letter waiting for an alternative format carries its rendered text to the operators' queue. */
  readonly alternativeText?: string;
}

/** A letter's PDF: rendered from its template, or uploaded precompiled. */
export interface LetterPdf {
  readonly source: 'rendered' | 'uploaded';
  readonly pdf: Buffer;
  readonly pageCount: number;
}

/** A rendered letter waiting for the daily print batch. */
export interface PrintReadyLetter {
  readonly notificationId: string;
  readonly serviceId: string;
  readonly reference: string;
  readonly postage: string;
  readonly pageCount: number;
}

/** What else changes with a letter's status. */
export interface LetterStatusChange {
  readonly billableUnits?: number;
  readonly provider?: string;
  readonly providerReference?: string;
  readonly sentAt?: Date;
}
