import type { ContactDetails, ContactField, LookupResult, RecipientIdentifier } from '@herald/domain';

/** Why Herald asks: the purpose code the service was allowed, and the message that needs it (X-Road's `X-Road-Issue`). */
export interface LookupReason {
  readonly purpose: string;
  readonly messageId: string;
  /** The service's operator id, sent as X-Road's `X-Road-UserId` when known. */
  readonly userId: string | null;
}

/** A permanent failure of an address the register gave (R-OO-5). No contact value is sent back, only which field failed. */
export interface UndeliverableReport {
  readonly field: ContactField;
  readonly messageId: string;
  readonly purpose: string;
  readonly status: string;
}

/**
 * The port every register adapter implements (R-OO-1). An adapter never throws for an answer the
 * register gave: not found, declined and unavailable are outcomes. It throws only for a
 * programming error (bad settings), which the caller treats as `unavailable`.
 */
export interface RegisterConnector {
  lookupContact(identifier: RecipientIdentifier, reason: LookupReason, fields: readonly ContactField[]): Promise<LookupResult>;
  reportUndeliverable(identifier: RecipientIdentifier, report: UndeliverableReport): Promise<void>;
}

/** The names of the fields a register answered, for the purpose log. */
export function fieldsReturned(contact: ContactDetails | null): ContactField[] {
  if (!contact) return [];
  return (Object.keys(contact) as ContactField[]).filter((field) => contact[field] !== undefined && contact[field] !== null);
}
