/**
 * Types of the registers pages (R-OO): platform admins connect registers and grant services
 * purposes under /internal/platform/registers; a service's team reads its own grants and its
 * look-ups (the purpose log, never a recipient key) under /internal/services/{id}.
 */

/** A purpose a service may ask a register for, with the words the person sees (R-TR-3). */
export interface RegisterGrantView {
  readonly serviceId: string;
  /** Null when the service has gone. */
  readonly serviceName: string | null;
  readonly register: string;
  readonly purpose: string;
  readonly citizenLabel: string;
  readonly reportUndeliverable: boolean;
  readonly createdAt: string;
}

export interface RegisterView {
  readonly name: string;
  readonly adapter: string;
  /** The adapter's settings with the token replaced by "(set, not shown)". */
  readonly settings: Record<string, unknown>;
  readonly createdAt: string;
  readonly updatedAt: string | null;
  readonly grants: RegisterGrantView[];
}

export interface RegistersResponse {
  /** By name. */
  readonly registers: RegisterView[];
  /** The adapters a register can use. */
  readonly adapters: string[];
}

/** Adds a register, or replaces the adapter and settings of one. */
export interface RegisterSaveRequest {
  readonly name: string;
  readonly adapter: string;
  /** A JSON object (docs/registers.md). */
  readonly settings: unknown;
  /** A blank (or missing) token keeps the register's current one. */
  readonly blankTokenKeepsCurrent?: boolean;
}

export interface RegisterGrantRequestBody {
  readonly serviceId: string;
  readonly purpose: string;
  readonly citizenLabel: string;
  readonly reportUndeliverable?: boolean;
}

export interface RegisterRevokeRequestBody {
  readonly serviceId: string;
  readonly purpose: string;
}

export interface ServiceRegisterGrantsResponse {
  readonly grants: RegisterGrantView[];
}

/** One look-up the service made (R-OO-3): field names only, never a value or the person's key. */
export interface ServiceLookupView {
  readonly id: string;
  readonly at: string;
  readonly register: string;
  readonly purpose: string;
  readonly purposeLabel: string;
  readonly fieldsRequested: string[];
  readonly fieldsReturned: string[];
  readonly outcome: string;
  readonly messageId: string | null;
}

export interface ServiceLookupsResponse {
  /** Newest first. */
  readonly lookups: ServiceLookupView[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}
