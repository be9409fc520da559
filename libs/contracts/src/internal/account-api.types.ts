import type { TeamPermission } from '@herald/domain';

export interface SignedInSession {
  readonly sessionToken: string;
  readonly expiresAt: string;
}

export interface AccountUser {
  readonly id: string;
  readonly emailAddress: string;
  readonly name: string;
  readonly platformAdmin: boolean;
  /** Read-only oversight across services: the admin shows the "Oversight" pages. */
  readonly auditor: boolean;
}

/** A service as one member sees it: what they may do there. */
export interface ServiceMembership {
  readonly serviceId: string;
  readonly serviceName: string;
  readonly live: boolean;
  readonly permissions: TeamPermission[];
  /** The service has an inbound number or has received texts: its navigation shows "Received text messages". Only on one service's membership. */
  readonly receivesTexts?: boolean;
}

export interface CurrentAccount {
  readonly user: AccountUser;
  readonly services: ServiceMembership[];
}

/** How the second factor is given: a code by email, an authenticator app, or setting one up (first sign-in). */
export type SecondFactorMethod = 'email' | 'totp' | 'totp-setup';

/**
 * A correct password opens a challenge, not a session: give its code to `signInWithCode`. For
 * `totp-setup`, the secret to add to an authenticator app (as text, and as an otpauth:// URI for a QR code).
 */
export interface SignInChallenge {
  readonly challengeToken: string;
  readonly method: SecondFactorMethod;
  readonly expiresAt: string;
  readonly totpSetup: { readonly secret: string; readonly uri: string } | null;
}
