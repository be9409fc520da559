/** Who did what to which service, as the audit record keeps it. */
export interface NewAuditEvent {
  readonly userId: string | null;
  readonly serviceId: string | null;
  /** Dotted: `template.created`, `api-key.revoked`, `sign-in.failed` … */
  readonly action: string;
  /** What was acted on: a template's or key's id or name, a user's email address. */
  readonly subject?: string | null;
  /** Ids and names only: never secrets, never recipients' personal data. */
  readonly details?: Record<string, unknown>;
}

export interface AuditEvent {
  readonly id: string;
  readonly createdAt: Date;
  readonly userId: string | null;
  readonly serviceId: string | null;
  readonly action: string;
  readonly subject: string | null;
  readonly details: Record<string, unknown>;
}
