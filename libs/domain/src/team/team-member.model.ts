import type { TeamPermission } from './team-permission';

/** A service a user belongs to, with what they may do there. */
export interface Membership {
  readonly serviceId: string;
  readonly serviceName: string;
  /** Trial mode. */
  readonly restricted: boolean;
  readonly permissions: TeamPermission[];
}

/** A user in a service's team, with what they may do there. */
export interface TeamMember {
  readonly userId: string;
  readonly emailAddress: string;
  readonly name: string;
  readonly permissions: TeamPermission[];
  readonly joinedAt: Date;
}
