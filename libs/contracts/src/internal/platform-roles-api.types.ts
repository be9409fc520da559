/** Types of the operators' page of platform-wide roles, under /internal/platform (platform admins only). */

/** A user who holds a role across the platform: a platform admin, an auditor, or both. */
export interface PlatformRoleHolder {
  readonly id: string;
  readonly name: string;
  readonly emailAddress: string;
  readonly platformAdmin: boolean;
  readonly auditor: boolean;
}

export interface PlatformRolesResponse {
  /** By name. */
  readonly users: PlatformRoleHolder[];
}

/** Grant (`auditor: true`) or remove the auditor role of the user with this email address. */
export interface AuditorChange {
  readonly emailAddress: string;
  readonly auditor: boolean;
}

export interface AuditorChanged {
  readonly user: PlatformRoleHolder;
  /** False when the user already was (or was not) an auditor: nothing was recorded. */
  readonly changed: boolean;
}
