import type { TeamPermission } from '@herald/domain';

/** The admin user a session token belongs to. */
export interface SignedInUser {
  readonly id: string;
  readonly emailAddress: string;
  readonly name: string;
  readonly platformAdmin: boolean;
  /** Read-only oversight across services (the /internal/oversight endpoints). */
  readonly auditor: boolean;
  readonly sessionId: string;
}

/** What the internal auth guard leaves on the request for handlers and decorators. */
export interface InternalRequest {
  headers: Record<string, string | string[] | undefined>;
  params?: Record<string, string | undefined>;
  signedInUser?: SignedInUser;
  /** The user's permissions in the route's `:serviceId`, when the route has one. */
  servicePermissions?: TeamPermission[];
  sessionToken?: string;
}
