/** A file to store with the notification whose email links to it. */
export interface NewDocument {
  readonly id: string;
  readonly serviceId: string;
  readonly content: Buffer;
  readonly mimeType: string;
  readonly filename: string | null;
  readonly confirmEmail: boolean;
  /** The recipient's normalised email address; only its keyed hash is stored. */
  readonly normalisedRecipient: string;
  /** The secret of the download link; only its keyed hash is stored. */
  readonly key: string;
  readonly expiresAt: Date;
}

/** What the download page needs, without the bytes. */
export interface StoredDocument {
  readonly id: string;
  readonly serviceId: string;
  readonly sizeBytes: number;
  readonly mimeType: string;
  readonly filename: string | null;
  readonly confirmEmail: boolean;
  readonly expiresAt: Date;
}
