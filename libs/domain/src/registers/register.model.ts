import type { MessageChannel } from '../messages/template-set.model';
import type { FormatNeed } from '../preferences/recipient-preferences.model';

/** R-OO: a person named by an identifier in a register (a national identity number, a case id), not by contact details. */
export interface RecipientIdentifier {
  readonly scheme: string;
  readonly value: string;
}

/** The fields a look-up may ask a register for; the purpose log records these names, never the values. */
export const CONTACT_FIELDS = ['email_address', 'phone_number', 'address', 'language', 'format_needs', 'permissions'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** What a register knows about how to reach a person. Every field is optional: a register answers what it holds. */
export interface ContactDetails {
  readonly email_address?: string;
  readonly phone_number?: string;
  /** Notify's `address_line_1..7`. */
  readonly address?: Readonly<Record<string, string>>;
  readonly language?: string;
  readonly format_needs?: readonly FormatNeed[];
  /** Per channel, whether the person allows it for this purpose (VA Profile's communication permissions). */
  readonly permissions?: Readonly<Partial<Record<MessageChannel, boolean>>>;
}

/**
 * R-OO-4: `found`; `not_found` (no such person); `declined` (the person refused this purpose);
 * `unavailable` (a timeout or a server error: retried with back-off, then technical failure).
 */
export const LOOKUP_OUTCOMES = ['found', 'not_found', 'declined', 'unavailable'] as const;
export type LookupOutcome = (typeof LOOKUP_OUTCOMES)[number];

export interface LookupResult {
  readonly outcome: LookupOutcome;
  readonly contact: ContactDetails | null;
  /** X-Road's `X-Road-Request-Hash` of the response, kept with the purpose-log row (R-OO-1). */
  readonly requestHash: string | null;
  /** A short, value-free description of an `unavailable` outcome, for operators' logs. */
  readonly detail: string | null;
}

export const REGISTER_ADAPTERS = ['fake', 'https-json', 'x-road'] as const;
export type RegisterAdapter = (typeof REGISTER_ADAPTERS)[number];

/** A register the platform is connected to; settings depend on the adapter and may hold secrets (stored encrypted). */
export interface RegisterDefinition {
  readonly name: string;
  readonly adapter: RegisterAdapter;
  readonly settings: Readonly<Record<string, unknown>>;
  readonly createdAt: Date;
  readonly updatedAt: Date | null;
}

/** R-OO: which register a service may ask, for which purpose, and the purpose in words a citizen understands (R-TR-3). */
export interface ServiceRegisterPurpose {
  readonly serviceId: string;
  readonly register: string;
  readonly purpose: string;
  readonly citizenLabel: string;
  /** R-OO-5: report a permanent failure of a register-sourced address back to the register. */
  readonly reportUndeliverable: boolean;
  readonly createdAt: Date;
}

/** R-OO-3: one look-up, whatever its outcome. Field names only, never values. */
export interface PurposeLogEntry {
  readonly id: string;
  readonly at: Date;
  readonly serviceId: string;
  readonly register: string;
  readonly recipientKey: string;
  readonly purpose: string;
  readonly purposeLabel: string;
  readonly messageId: string | null;
  readonly fieldsRequested: readonly ContactField[];
  readonly fieldsReturned: readonly ContactField[];
  readonly outcome: LookupOutcome;
  readonly requestHash: string | null;
}
