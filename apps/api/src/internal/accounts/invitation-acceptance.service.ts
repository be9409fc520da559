import { Injectable } from '@nestjs/common';
import type { AcceptedInvitation, InvitationSummary } from '@herald/contracts';
import { Invitation } from '@herald/domain';
import { AuditRepository, InvitationRepository, ServiceRepository, TeamMemberRepository, UserAccountRepository, UserRepository } from '@herald/persistence';
import { noResultFound, NotifyError } from '../../errors/notify-error';
import { newAccountFields } from './account-fields';
import { hashPassword } from './password-hashing';
import { SecondFactorService } from './second-factor.service';

const gone = (message: string): NotifyError => new NotifyError(410, [{ error: 'InvitationExpired', message }]);

/**
 * Following an invitation (or a set-up link): an existing user just joins the team; anyone else
 * chooses a name, password and second factor, and goes straight on to that second factor.
 */
@Injectable()
export class InvitationAcceptanceService {
  constructor(
    private readonly invitations: InvitationRepository,
    private readonly users: UserRepository,
    private readonly accounts: UserAccountRepository,
    private readonly members: TeamMemberRepository,
    private readonly services: ServiceRepository,
    private readonly audit: AuditRepository,
    private readonly secondFactor: SecondFactorService,
  ) {}

  async describe(token: string): Promise<InvitationSummary> {
    const invitation = await this.live(token);
    const credentials = await this.users.findCredentials(invitation.emailAddress);
    const user = await this.users.findByEmail(invitation.emailAddress);
    const serviceName = invitation.serviceId ? ((await this.services.findById(invitation.serviceId))?.name ?? null) : null;
    const existingUser = invitation.kind === 'team' && credentials?.state === 'active' && credentials.passwordHash !== null;
    return { kind: invitation.kind, emailAddress: invitation.emailAddress, serviceName, existingUser, name: user?.name ?? null };
  }

  async accept(token: string, body: Record<string, unknown>): Promise<AcceptedInvitation> {
    const invitation = await this.live(token);
    const credentials = await this.users.findCredentials(invitation.emailAddress);
    if (invitation.kind === 'team' && credentials?.state === 'active' && credentials.passwordHash !== null) {
      await this.claim(invitation);
      await this.join(invitation, credentials.userId);
      return { serviceId: invitation.serviceId, challenge: null };
    }
    const existing = await this.users.findByEmail(invitation.emailAddress);
    const fields = newAccountFields(body, existing?.name ?? null);
    await this.claim(invitation);
    const userId = existing?.id ?? (await this.users.create({ emailAddress: invitation.emailAddress, name: fields.name, platformAdmin: false })).id;
    await this.accounts.completeSetUp(userId, { name: fields.name, passwordHash: await hashPassword(fields.password), authType: fields.authType });
    await this.audit.record({ userId, serviceId: null, action: 'account.set-up', subject: invitation.emailAddress, details: { authType: fields.authType } });
    if (invitation.kind === 'team') await this.join(invitation, userId);
    const challenge = await this.secondFactor.challenge({ userId, emailAddress: invitation.emailAddress, authType: fields.authType });
    return { serviceId: invitation.serviceId, challenge };
  }

  private async live(token: string): Promise<Invitation> {
    const invitation = await this.invitations.findByToken(token);
    if (!invitation) throw noResultFound();
    if (invitation.acceptedAt) throw gone('This link has already been used. Sign in, or ask for a new invitation.');
    if (invitation.expiresAt.getTime() <= Date.now()) throw gone('This link has expired. Ask the person who invited you to send a new invitation.');
    return invitation;
  }

  private async claim(invitation: Invitation): Promise<void> {
    if (!(await this.invitations.markAccepted(invitation.id))) throw gone('This link has already been used. Sign in, or ask for a new invitation.');
  }

  private async join(invitation: Invitation, userId: string): Promise<void> {
    const serviceId = invitation.serviceId!;
    await this.members.add(serviceId, userId, invitation.permissions);
    await this.audit.record({
      userId,
      serviceId,
      action: 'team.invitation-accepted',
      subject: invitation.emailAddress,
      details: { invitationId: invitation.id, permissions: invitation.permissions },
    });
  }
}
