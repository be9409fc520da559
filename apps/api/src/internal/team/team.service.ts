import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import type { InviteRequest, TeamMemberView, TeamView } from '@herald/contracts';
import { badRequest, fieldErrors, noResultFound, TeamPermission, validateEmailAddress } from '@herald/domain';
import { AuditRepository, InvitationRepository, ServiceRepository, TeamMember, TeamMemberRepository } from '@herald/persistence';
import { permissionsField } from '../accounts/account-fields';
import { SystemEmails } from '../accounts/system-emails/system-emails.service';
import { SignedInUser } from '../auth/signed-in-user';

/** An invitation works for this long. */
export const INVITATION_DAYS = 2;

/** A service's team: who is in it, with which permissions, and who has been invited. Every change is audited. */
@Injectable()
export class TeamService {
  constructor(
    private readonly members: TeamMemberRepository,
    private readonly invitations: InvitationRepository,
    private readonly services: ServiceRepository,
    private readonly audit: AuditRepository,
    private readonly systemEmails: SystemEmails,
    @InjectConfig() private readonly config: HeraldConfig,
  ) {}

  async team(serviceId: string, user: SignedInUser): Promise<TeamView> {
    const members = await this.members.listMembers(serviceId);
    const invitations = await this.invitations.listPending(serviceId);
    return {
      members: members.map((m) => view(m, user)),
      invitations: invitations.map((i) => ({ id: i.id, emailAddress: i.emailAddress, permissions: i.permissions, expiresAt: i.expiresAt.toISOString() })),
    };
  }

  async member(serviceId: string, userId: string, user: SignedInUser): Promise<TeamMemberView> {
    return view(await this.find(serviceId, userId), user);
  }

  async invite(serviceId: string, inviter: SignedInUser, body: Partial<InviteRequest>): Promise<{ id: string }> {
    const address = validateEmailAddress(typeof body.emailAddress === 'string' ? body.emailAddress : '');
    if (!address.ok) throw fieldErrors([{ field: 'emailAddress', message: 'Enter an email address in the correct format, like name@example.gov.uk' }]);
    const permissions = permissionsField(body.permissions);
    const team = await this.members.listMembers(serviceId);
    if (team.some((m) => m.emailAddress === address.normalised)) throw fieldErrors([{ field: 'emailAddress', message: 'This person is already a team member' }]);
    const service = await this.services.findById(serviceId);
    if (!service) throw noResultFound();
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
    const issued = await this.invitations.issue({ kind: 'team', serviceId, emailAddress: address.normalised, permissions, invitedBy: inviter.id, expiresAt });
    await this.systemEmails.send('invitation', address.normalised, {
      inviter_name: inviter.name, service_name: service.name, invitation_url: `${this.config.admin.baseUrl}/invitation/${issued.token}`,
    }, inviter.id);
    await this.audit.record({ userId: inviter.id, serviceId, action: 'team.invited', subject: address.normalised, details: { invitationId: issued.id, permissions } });
    return { id: issued.id };
  }

  async cancelInvitation(serviceId: string, invitationId: string, user: SignedInUser): Promise<void> {
    if (!(await this.invitations.cancel(serviceId, invitationId))) throw noResultFound();
    await this.audit.record({ userId: user.id, serviceId, action: 'team.invitation-cancelled', subject: invitationId });
  }

  async setPermissions(serviceId: string, userId: string, user: SignedInUser, body: { permissions?: unknown }): Promise<void> {
    const permissions = permissionsField(body.permissions);
    const team = await this.members.listMembers(serviceId);
    const member = team.find((m) => m.userId === userId);
    if (!member) throw noResultFound();
    if (member.permissions.includes('manage_service') && !permissions.includes('manage_service') && managers(team) === 1) {
      throw fieldErrors([{ field: 'permissions', message: 'A service needs at least one team member who can manage settings and team' }]);
    }
    await this.members.setPermissions(serviceId, userId, permissions);
    const after = await this.members.permissionsOf(serviceId, userId);
    await this.audit.record({ userId: user.id, serviceId, action: 'team.permissions-changed', subject: member.emailAddress, details: { memberId: userId, before: member.permissions, after } });
  }

  async remove(serviceId: string, userId: string, user: SignedInUser): Promise<void> {
    const team = await this.members.listMembers(serviceId);
    const member = team.find((m) => m.userId === userId);
    if (!member) throw noResultFound();
    if (userId === user.id) throw badRequest('You cannot remove yourself from a team');
    if (member.permissions.includes('manage_service') && managers(team) === 1) {
      throw badRequest('You cannot remove the only team member who can manage settings and team');
    }
    await this.members.remove(serviceId, userId);
    await this.audit.record({ userId: user.id, serviceId, action: 'team.member-removed', subject: member.emailAddress, details: { memberId: userId } });
  }

  private async find(serviceId: string, userId: string): Promise<TeamMember> {
    const member = (await this.members.listMembers(serviceId)).find((m) => m.userId === userId);
    if (!member) throw noResultFound();
    return member;
  }
}

const managers = (team: readonly TeamMember[]): number => team.filter((m) => m.permissions.includes('manage_service')).length;

function view(member: TeamMember, user: SignedInUser): TeamMemberView {
  return { userId: member.userId, name: member.name, emailAddress: member.emailAddress, permissions: member.permissions as TeamPermission[], you: member.userId === user.id };
}
