import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { InvalidFieldsError, Invitation, NotFoundError, TeamMember, validateEmailAddress } from '@herald/domain';
import { AuditRepository, InvitationRepository, ServiceRepository, TeamMemberRepository, UserRepository } from '@herald/persistence';
import type { Actor } from '../actor';
import { ChangeRefusedError } from '../errors/change-refused.error';
import { existingService } from '../services/service-lookup';
import { permissionsField } from './team-permissions-field';

/** An invitation works for this long. */
export const INVITATION_DAYS = 2;

export interface TeamInvitationRequest {
  readonly emailAddress?: unknown;
  readonly permissions?: unknown;
}

/** What the invitation email needs; the caller sends it (the API through its system emails). */
export interface IssuedTeamInvitation {
  readonly id: string;
  readonly emailAddress: string;
  readonly serviceName: string;
  readonly invitationUrl: string;
}

/** A service's team: members and their permissions, and invitations. Every change is audited. */
@Injectable()
export class TeamAdministration {
  constructor(
    private readonly members: TeamMemberRepository,
    private readonly invitations: InvitationRepository,
    private readonly services: ServiceRepository,
    private readonly users: UserRepository,
    private readonly audit: AuditRepository,
    @InjectConfig() private readonly config: HeraldConfig,
  ) {}

  listMembers(serviceId: string): Promise<TeamMember[]> {
    return this.members.listMembers(serviceId);
  }

  pendingInvitations(serviceId: string): Promise<Invitation[]> {
    return this.invitations.listPending(serviceId);
  }

  async member(serviceId: string, userId: string): Promise<TeamMember> {
    const member = (await this.members.listMembers(serviceId)).find((m) => m.userId === userId);
    if (!member) throw new NotFoundError('Team member', userId);
    return member;
  }

  /** `deliver` sends the invitation email; the change is recorded once it has gone. */
  async invite(
    actor: Actor,
    serviceId: string,
    request: TeamInvitationRequest,
    deliver: (invitation: IssuedTeamInvitation) => Promise<void>,
  ): Promise<{ id: string }> {
    const address = validateEmailAddress(typeof request.emailAddress === 'string' ? request.emailAddress : '');
    if (!address.ok)
      throw new InvalidFieldsError([{ field: 'emailAddress', message: 'Enter an email address in the correct format, like name@example.gov.uk' }]);
    const permissions = permissionsField(request.permissions);
    const team = await this.members.listMembers(serviceId);
    if (team.some((m) => m.emailAddress === address.normalised))
      throw new InvalidFieldsError([{ field: 'emailAddress', message: 'This person is already a team member' }]);
    const service = await existingService(this.services, serviceId);
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
    const issued = await this.invitations.issue({ kind: 'team', serviceId, emailAddress: address.normalised, permissions, invitedBy: actor.id, expiresAt });
    await deliver({
      id: issued.id,
      emailAddress: address.normalised,
      serviceName: service.name,
      invitationUrl: `${this.config.admin.baseUrl}/invitation/${issued.token}`,
    });
    await this.audit.record({
      userId: actor.id,
      serviceId,
      action: 'team.invited',
      subject: address.normalised,
      details: { invitationId: issued.id, permissions },
    });
    return { id: issued.id };
  }

  async cancelInvitation(actor: Actor, serviceId: string, invitationId: string): Promise<void> {
    if (!(await this.invitations.cancel(serviceId, invitationId))) throw new NotFoundError('Invitation', invitationId);
    await this.audit.record({ userId: actor.id, serviceId, action: 'team.invitation-cancelled', subject: invitationId });
  }

  /** The CLI's `team add`: an existing user joins the team at once, without an invitation. */
  async addMember(actor: Actor, serviceId: string, userId: string): Promise<void> {
    const service = await existingService(this.services, serviceId);
    const user = await this.users.findById(userId);
    if (!user) throw new NotFoundError('User', userId);
    await this.services.addTeamMember(service.id, user.id);
    await this.audit.record({
      userId: actor.id,
      serviceId: service.id,
      action: 'team.member-added',
      subject: user.emailAddress,
      details: { memberId: user.id },
    });
  }

  /** A service keeps at least one member who can manage settings and team. */
  async setPermissions(actor: Actor, serviceId: string, userId: string, requested: unknown): Promise<void> {
    const permissions = permissionsField(requested);
    const team = await this.members.listMembers(serviceId);
    const member = team.find((m) => m.userId === userId);
    if (!member) throw new NotFoundError('Team member', userId);
    if (member.permissions.includes('manage_service') && !permissions.includes('manage_service') && managers(team) === 1) {
      throw new InvalidFieldsError([{ field: 'permissions', message: 'A service needs at least one team member who can manage settings and team' }]);
    }
    await this.members.setPermissions(serviceId, userId, permissions);
    const after = await this.members.permissionsOf(serviceId, userId);
    await this.audit.record({
      userId: actor.id,
      serviceId,
      action: 'team.permissions-changed',
      subject: member.emailAddress,
      details: { memberId: userId, before: member.permissions, after },
    });
  }

  async remove(actor: Actor, serviceId: string, userId: string): Promise<void> {
    const team = await this.members.listMembers(serviceId);
    const member = team.find((m) => m.userId === userId);
    if (!member) throw new NotFoundError('Team member', userId);
    if (userId === actor.id) throw new ChangeRefusedError('You cannot remove yourself from a team');
    if (member.permissions.includes('manage_service') && managers(team) === 1) {
      throw new ChangeRefusedError('You cannot remove the only team member who can manage settings and team');
    }
    await this.members.remove(serviceId, userId);
    await this.audit.record({ userId: actor.id, serviceId, action: 'team.member-removed', subject: member.emailAddress, details: { memberId: userId } });
  }
}

const managers = (team: readonly TeamMember[]): number => team.filter((m) => m.permissions.includes('manage_service')).length;
