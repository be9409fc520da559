import { Injectable } from '@nestjs/common';
import { TeamAdministration } from '@herald/administration';
import type { InviteRequest, TeamMemberView, TeamView } from '@herald/contracts';
import type { TeamMember, TeamPermission } from '@herald/domain';
import { SystemEmails } from '../../system-emails/system-emails.service';
import { SignedInUser } from '../auth/signed-in-user';

/** A service's team (TeamAdministration): who is in it, with which permissions, and who has been invited. */
@Injectable()
export class TeamService {
  constructor(
    private readonly team: TeamAdministration,
    private readonly systemEmails: SystemEmails,
  ) {}

  async list(serviceId: string, user: SignedInUser): Promise<TeamView> {
    const members = await this.team.listMembers(serviceId);
    const invitations = await this.team.pendingInvitations(serviceId);
    return {
      members: members.map((m) => view(m, user)),
      invitations: invitations.map((i) => ({ id: i.id, emailAddress: i.emailAddress, permissions: i.permissions, expiresAt: i.expiresAt.toISOString() })),
    };
  }

  async member(serviceId: string, userId: string, user: SignedInUser): Promise<TeamMemberView> {
    return view(await this.team.member(serviceId, userId), user);
  }

  /** The invitation email goes through the system emails, as the sign-in codes do. */
  invite(serviceId: string, inviter: SignedInUser, body: Partial<InviteRequest>): Promise<{ id: string }> {
    return this.team.invite(inviter, serviceId, body, async (invitation) => {
      await this.systemEmails.send(
        'invitation',
        invitation.emailAddress,
        {
          inviter_name: inviter.name,
          service_name: invitation.serviceName,
          invitation_url: invitation.invitationUrl,
        },
        inviter.id,
      );
    });
  }

  cancelInvitation(serviceId: string, invitationId: string, user: SignedInUser): Promise<void> {
    return this.team.cancelInvitation(user, serviceId, invitationId);
  }

  setPermissions(serviceId: string, userId: string, user: SignedInUser, body: { permissions?: unknown }): Promise<void> {
    return this.team.setPermissions(user, serviceId, userId, body.permissions);
  }

  remove(serviceId: string, userId: string, user: SignedInUser): Promise<void> {
    return this.team.remove(user, serviceId, userId);
  }
}

function view(member: TeamMember, user: SignedInUser): TeamMemberView {
  return {
    userId: member.userId,
    name: member.name,
    emailAddress: member.emailAddress,
    permissions: member.permissions as TeamPermission[],
    you: member.userId === user.id,
  };
}
