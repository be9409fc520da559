import type { TeamPermission } from '@herald/domain';
import type { SignInChallenge } from './account-api.types';

export interface TeamMemberView {
  readonly userId: string;
  readonly name: string;
  readonly emailAddress: string;
  readonly permissions: TeamPermission[];
  /** The signed-in user. */
  readonly you: boolean;
}

export interface PendingInvitationView {
  readonly id: string;
  readonly emailAddress: string;
  readonly permissions: TeamPermission[];
  readonly expiresAt: string;
}

export interface TeamView {
  readonly members: TeamMemberView[];
  readonly invitations: PendingInvitationView[];
}

export interface InviteRequest {
  readonly emailAddress: string;
  readonly permissions: TeamPermission[];
}

/** What an invitation (or set-up) link offers, before it is accepted. */
export interface InvitationSummary {
  readonly kind: 'team' | 'set-up';
  readonly emailAddress: string;
  readonly serviceName: string | null;
  /** An existing, active user just joins; anyone else chooses a name, password and second factor. */
  readonly existingUser: boolean;
  readonly name: string | null;
}

export interface AcceptInvitationRequest {
  readonly name?: string;
  readonly password?: string;
  readonly authType?: 'email' | 'totp';
}

export interface AcceptedInvitation {
  readonly serviceId: string | null;
  /** For a new account: the second factor to give next (a TOTP set-up, or an emailed code). */
  readonly challenge: SignInChallenge | null;
}
