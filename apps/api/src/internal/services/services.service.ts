import { Injectable } from '@nestjs/common';
import { ServiceAdministration, TeamAdministration } from '@herald/administration';
import type { CreatedService, NewServiceChannel, NewServiceOptions } from '@herald/contracts';
import { FieldProblem, InvalidFieldsError, TEAM_PERMISSIONS, validateEmailAddress } from '@herald/domain';
import { OrganisationRepository, TeamMemberRepository } from '@herald/persistence';
import { authError } from '../../errors/notify-error';
import { SystemEmails } from '../../system-emails/system-emails.service';
import type { SignedInUser } from '../auth/signed-in-user';
import { textField } from '../settings/form-fields';

const CHANNELS: readonly NewServiceChannel[] = ['email', 'sms', 'letter'];

/**
 * A new service: the same name rule and audit record as `herald service create`, in trial mode,
 * with its creator as a team member holding every permission (someone must manage it); or, made
 * by a platform admin for a team, with the person they name invited to manage it instead.
 */
@Injectable()
export class ServicesService {
  constructor(
    private readonly services: ServiceAdministration,
    private readonly team: TeamAdministration,
    private readonly organisations: OrganisationRepository,
    private readonly members: TeamMemberRepository,
    private readonly systemEmails: SystemEmails,
  ) {}

  /** A platform admin chooses from every organisation; anyone else from their own services' organisations. */
  async options(user: SignedInUser): Promise<NewServiceOptions> {
    const all = await this.organisations.services();
    const mine = user.platformAdmin ? null : new Set((await this.members.membershipsOf(user.id)).map((m) => m.serviceId));
    const names = all.filter((s) => s.organisation !== null && (mine === null || mine.has(s.id))).map((s) => s.organisation!);
    return { organisations: [...new Set(names)].sort((a, b) => a.localeCompare(b)), mayChooseManager: user.platformAdmin };
  }

  async create(user: SignedInUser, body: Record<string, unknown>): Promise<CreatedService> {
    const manager = textField(body, 'managerEmailAddress');
    if (manager && !user.platformAdmin) throw authError('Only platform admins can add a service for someone else', 403);
    const request = { name: textField(body, 'name'), organisation: textField(body, 'organisation'), channels: channelsField(body), live: false };
    const problems: FieldProblem[] = await this.services.problemsWith(request);
    const address = manager ? validateEmailAddress(manager) : null;
    if (address && !address.ok)
      problems.push({ field: 'managerEmailAddress', message: 'Enter an email address in the correct format, like name@example.gov.uk' });
    if (problems.length) throw new InvalidFieldsError(problems);

    const created = await this.services.create(user, { ...request, creatorJoinsTeam: !address });
    if (address?.ok) await this.inviteManager(user, created.id, address.normalised);
    return { id: created.id, name: created.name, live: false, invited: address?.ok ? address.normalised : null };
  }

  /** The invitation carries every permission, and its email goes through the system emails, as the team page's does. */
  private async inviteManager(user: SignedInUser, serviceId: string, emailAddress: string): Promise<void> {
    await this.team.invite(user, serviceId, { emailAddress, permissions: [...TEAM_PERMISSIONS] }, async (invitation) => {
      await this.systemEmails.send(
        'invitation',
        invitation.emailAddress,
        { inviter_name: user.name, service_name: invitation.serviceName, invitation_url: invitation.invitationUrl },
        user.id,
      );
    });
  }
}

/** Left out: the defaults. Otherwise the known channels named, as one value or a list. */
function channelsField(body: Record<string, unknown>): NewServiceChannel[] | undefined {
  const value = body.channels;
  if (value === undefined) return undefined;
  const named = (Array.isArray(value) ? value : [value]).filter((c): c is string => typeof c === 'string');
  return CHANNELS.filter((channel) => named.includes(channel));
}
