/** A person with an account on Herald's admin. */
export interface User {
  readonly id: string;
  readonly emailAddress: string;
  readonly name: string;
  readonly platformAdmin: boolean;
  /** Read-only oversight across services (purpose logs, audit events, figures); never content or contact details. */
  readonly auditor: boolean;
}
