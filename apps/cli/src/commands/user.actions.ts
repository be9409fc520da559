import { validateEmailAddress, validatePhoneNumber } from '@herald/domain';
import { InvitationRepository, ServiceRepository, UserAccountRepository, UserRepository } from '@herald/persistence';
import { CliError } from '../cli-error';
import { printResult, requireFound } from '../cli-output';
import type { CliSession } from '../cli-session';
import type { UserCreateOptions } from './user.command';

/** A set-up link works this long (the same as the one printed on first start). */
const SET_UP_LINK_DAYS = 2;

export async function createUser(session: CliSession, options: UserCreateOptions): Promise<void> {
  const address = validateEmailAddress(options.email);
  if (!address.ok) throw new CliError('invalid', `--email: ${address.message}`);
  const mobile = options.mobile === undefined ? null : validatePhoneNumber(options.mobile);
  if (mobile && !mobile.ok) throw new CliError('invalid', `--mobile: ${mobile.message}`);
  if (!options.name.trim()) throw new CliError('invalid', '--name: Enter a name');
  const users = session.repository(UserRepository);
  if (await users.findByEmail(address.normalised)) throw new CliError('invalid', `--email: A user with email ${address.normalised} already exists`);
  const actor = await session.actor();
  const user = await users.create({ emailAddress: address.normalised, name: options.name.trim(), platformAdmin: options.platformAdmin === true, mobileNumber: options.mobile?.trim() ?? null });
  // The user waits (pending) until they follow the link and choose a password and a second factor.
  await session.repository(UserAccountRepository).markPending(user.id);
  const expiresAt = new Date(Date.now() + SET_UP_LINK_DAYS * 86_400_000);
  const { token } = await session.repository(InvitationRepository).issue({ kind: 'set-up', serviceId: null, emailAddress: user.emailAddress, permissions: [], invitedBy: actor.id, expiresAt });
  await session.audit({ userId: actor.id, serviceId: null, action: 'user.created', subject: user.emailAddress, details: { userId: user.id, platformAdmin: user.platformAdmin } });
  const setUpUrl = `${session.config.admin.baseUrl}/set-up/${token}`;
  printResult(options.json, { id: user.id, set_up_url: setUpUrl },
    `Created user ${user.name} (${user.id}). They choose a password at ${setUpUrl} (the link works once, within ${SET_UP_LINK_DAYS} days).`);
}

export async function addToTeam(session: CliSession, options: { service: string; user: string; json?: boolean }): Promise<void> {
  const services = session.repository(ServiceRepository);
  const service = requireFound(await services.findById(options.service), `Service ${options.service}`);
  const user = requireFound(await session.repository(UserRepository).findById(options.user), `User ${options.user}`);
  const actor = await session.actor();
  await services.addTeamMember(service.id, user.id);
  await session.audit({ userId: actor.id, serviceId: service.id, action: 'team.member-added', subject: user.emailAddress, details: { memberId: user.id } });
  printResult(options.json, { service_id: service.id, user_id: user.id }, `${user.name} is now in the team of ${service.name}`);
}
