import { SET_UP_LINK_DAYS } from '@herald/administration';
import { CliError } from '../cli-error';
import { printResult } from '../cli-output';
import type { CliSession } from '../cli-session';
import type { UserAuditorOptions, UserCreateOptions } from './user.command';

/** A user without a password: they choose one (and a second factor) from the set-up link printed here. */
export async function createUser(session: CliSession, options: UserCreateOptions): Promise<void> {
  const actor = await session.actor();
  const { user, setUpUrl } = await session.administration.users.create(actor, {
    emailAddress: options.email,
    name: options.name,
    platformAdmin: options.platformAdmin === true,
    mobileNumber: options.mobile,
  });
  printResult(
    options.json,
    { id: user.id, set_up_url: setUpUrl },
    `Created user ${user.name} (${user.id}). They choose a password at ${setUpUrl} (the link works once, within ${SET_UP_LINK_DAYS} days).`,
  );
}

export async function addToTeam(session: CliSession, options: { service: string; user: string; json?: boolean }): Promise<void> {
  const service = await session.administration.services.find(options.service);
  const user = await session.administration.users.find(options.user);
  const actor = await session.actor();
  await session.administration.team.addMember(actor, service.id, user.id);
  printResult(options.json, { service_id: service.id, user_id: user.id }, `${user.name} is now in the team of ${service.name}`);
}

/** Grants or removes the auditor role, recorded as the CLI operator; asking for what is already so changes nothing. */
export async function setAuditor(session: CliSession, options: UserAuditorOptions): Promise<void> {
  if (options.on === options.off) throw new CliError('usage', 'Give --on or --off');
  const auditor = options.on === true;
  const found = await session.administration.users.findByEmail(options.email);
  const { user, changed } = await session.administration.users.setAuditor(await session.actor(), found.id, auditor);
  const state = auditor ? 'an auditor' : 'not an auditor';
  printResult(options.json, { id: user.id, auditor, changed }, `${user.name} (${user.emailAddress}) is ${changed ? 'now' : 'already'} ${state}.`);
}
