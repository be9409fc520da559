import type { InternalHttp } from './internal-http';
import type { AcceptedInvitation, AcceptInvitationRequest, InvitationSummary, InviteRequest, TeamMemberView, TeamView } from './team-api.types';
import type { TeamPermission } from '@herald/domain';

/** A service's team (members, permissions, invitations), and accepting an invitation or set-up link. */
export class TeamClient {
  constructor(private readonly http: InternalHttp) {}

  team(serviceId: string): Promise<TeamView> {
    return this.http.json('GET', `${base(serviceId)}`);
  }

  invite(serviceId: string, request: InviteRequest): Promise<{ id: string }> {
    return this.http.json('POST', `${base(serviceId)}/invitations`, { body: request });
  }

  cancelInvitation(serviceId: string, invitationId: string): Promise<void> {
    return this.http.json('DELETE', `${base(serviceId)}/invitations/${encodeURIComponent(invitationId)}`);
  }

  member(serviceId: string, userId: string): Promise<TeamMemberView> {
    return this.http.json('GET', `${base(serviceId)}/members/${encodeURIComponent(userId)}`);
  }

  setPermissions(serviceId: string, userId: string, permissions: TeamPermission[]): Promise<void> {
    return this.http.json('PUT', `${base(serviceId)}/members/${encodeURIComponent(userId)}/permissions`, { body: { permissions } });
  }

  removeMember(serviceId: string, userId: string): Promise<void> {
    return this.http.json('DELETE', `${base(serviceId)}/members/${encodeURIComponent(userId)}`);
  }

  /** No session needed: the token is the proof. 404 for an unknown link, 410 for a used or expired one. */
  invitation(token: string): Promise<InvitationSummary> {
    return this.http.json('GET', `invitations/${encodeURIComponent(token)}`);
  }

  acceptInvitation(token: string, request: AcceptInvitationRequest): Promise<AcceptedInvitation> {
    return this.http.json('POST', `invitations/${encodeURIComponent(token)}/accept`, { body: request });
  }
}

const base = (serviceId: string): string => `services/${encodeURIComponent(serviceId)}/team`;
