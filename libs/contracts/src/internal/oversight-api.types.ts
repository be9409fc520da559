/**
 * Types of the auditors' endpoints under /internal/oversight (auditors and platform admins; every
 * request is itself audited as `oversight.page_viewed`). Read-only, across services: purpose logs,
 * audit events and aggregate figures. Never message content, contact details or recipient keys.
 * Times are ISO 8601; dates in queries are `YYYY-MM-DD` (UTC days, both ends included).
 */

export type OversightLookupOutcome = 'found' | 'not_found' | 'declined' | 'unavailable';

export interface OversightServiceRef {
  readonly id: string;
  readonly name: string;
  /** The organisation the service belongs to, when Herald records one. */
  readonly organisation: string | null;
}

/** Staff, not citizens: who to ask about a service's look-ups. */
export interface OversightStaffMember {
  readonly name: string;
  readonly emailAddress: string;
}

/** One look-up in a register (R-OO-3): field names only, never values; never the recipient key. */
export interface OversightPurposeLogEntry {
  readonly id: string;
  readonly at: string;
  readonly service: OversightServiceRef;
  readonly register: string;
  readonly purpose: string;
  /** The purpose in the words the citizen sees. */
  readonly purposeLabel: string;
  readonly fieldsRequested: readonly string[];
  readonly fieldsReturned: readonly string[];
  readonly outcome: OversightLookupOutcome;
  readonly messageId: string | null;
}

export interface OversightPurposeLogQuery {
  readonly serviceId?: string;
  readonly register?: string;
  readonly purpose?: string;
  readonly from?: string;
  readonly to?: string;
  /** From 1. */
  readonly page?: number;
}

export interface OversightPurposeLogResponse {
  /** Newest first. */
  readonly entries: OversightPurposeLogEntry[];
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  /** For the filters. */
  readonly services: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly registers: readonly string[];
  readonly purposes: readonly string[];
}

export interface OversightPurposeLogEntryResponse {
  readonly entry: OversightPurposeLogEntry;
  /** X-Road's `X-Road-Request-Hash` of the register's answer, to match the security server's log. */
  readonly requestHash: string | null;
  /** The team members who manage the service that asked. */
  readonly managers: OversightStaffMember[];
}

export interface OversightGrantedPurpose {
  readonly register: string;
  readonly purpose: string;
  readonly citizenLabel: string;
  readonly reportUndeliverable: boolean;
  readonly grantedAt: string;
}

export interface OversightServiceResponse {
  readonly service: OversightServiceRef & { readonly live: boolean; readonly active: boolean };
  readonly managers: OversightStaffMember[];
  /** The registers and purposes the service may look people up for. */
  readonly grants: OversightGrantedPurpose[];
  readonly lookupsByOutcome: ReadonlyArray<{ readonly outcome: OversightLookupOutcome; readonly count: number }>;
  /** Notifications sent (each attempt of a message is one), by channel and status; test keys never count. */
  readonly notificationsByChannel: ReadonlyArray<{ readonly channel: 'email' | 'sms' | 'letter'; readonly status: string; readonly count: number }>;
}

export interface OversightAuditQuery {
  readonly serviceId?: string;
  readonly action?: string;
  readonly userId?: string;
  readonly from?: string;
  readonly to?: string;
  /** From 1. */
  readonly page?: number;
}

/**
 * One audit event as an auditor sees it: email addresses, phone numbers and recipient keys in its
 * subject and details are withheld (staff are named in `user`).
 */
export interface OversightAuditEvent {
  readonly id: string;
  readonly createdAt: string;
  readonly user: { readonly id: string; readonly name: string; readonly emailAddress: string } | null;
  readonly service: { readonly id: string; readonly name: string } | null;
  readonly action: string;
  readonly subject: string | null;
  readonly details: ReadonlyArray<{ readonly name: string; readonly value: string }>;
}

export interface OversightAuditResponse {
  /** Newest first. */
  readonly events: OversightAuditEvent[];
  readonly page: number;
  readonly pageSize: number;
  readonly hasNextPage: boolean;
  /** For the filters. */
  readonly services: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly users: ReadonlyArray<{ readonly id: string; readonly name: string; readonly emailAddress: string }>;
  readonly actions: readonly string[];
}

export interface OversightMonthlyFigures {
  /** `YYYY-MM`, UTC. */
  readonly month: string;
  readonly service: { readonly id: string; readonly name: string };
  readonly notifications: number;
  readonly messages: number;
  readonly lookups: number;
}

export interface OversightFiguresResponse {
  /** The first day the figures count from (the start of a month, UTC). */
  readonly since: string;
  /** Newest month first, then by service name. */
  readonly months: OversightMonthlyFigures[];
  readonly lookupsByRegister: ReadonlyArray<{ readonly register: string; readonly outcome: OversightLookupOutcome; readonly count: number }>;
}

/** The oversight home page's headline figures. */
export interface OversightSummaryResponse {
  /** Look-ups in the purpose log in the last 30 days, and all time. */
  readonly lookupsLast30Days: number;
  readonly lookupsAllTime: number;
  /** Services that may look people up in a register. */
  readonly servicesWithGrants: number;
}
