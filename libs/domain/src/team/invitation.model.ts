import type { TeamPermission } from './team-permission';

/** `team`: join a service's team; `set-up`: an operator's link to set up a first account. */
export type InvitationKind = 'team' | 'set-up';

export interface NewInvitation {
  readonly kind: InvitationKind;
  readonly serviceId: string | null;
  readonly emailAddress: string;
  readonly permissions: readonly TeamPermission[];
  readonly invitedBy: string | null;
  readonly expiresAt: Date;
}

export interface Invitation {
  readonly id: string;
  readonly kind: InvitationKind;
  readonly serviceId: string | null;
  readonly emailAddress: string;
  readonly permissions: TeamPermission[];
  readonly invitedBy: string | null;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly acceptedAt: Date | null;
}

export interface IssuedInvitation {
  readonly id: string;
  /** Goes in the emailed (or printed) link, once; only its hash is stored. */
  readonly token: string;
}
