import { Command } from 'commander';
import { HERALD_CONFIG, HeraldConfig } from '@herald/config';
import { validateEmailAddress, validatePhoneNumber } from '@herald/domain';
import { InvitationRepository, ServiceRepository, UserAccountRepository, UserRepository } from '@herald/persistence';
import { CliError, printResult, requireFound } from '../cli-output';
import { CliAction } from './cli-action';

export function userCommands(program: Command, run: CliAction): void {
  program
    .command('user')
    .description('People who use Herald')
    .command('create')
    .requiredOption('--email <address>', 'email address')
    .requiredOption('--name <name>', 'full name')
    .option('--platform-admin', 'an operator of the whole platform')
    .option('--mobile <number>', 'mobile number (trial-mode services and team keys may text it)')
    .option('--json', 'print one JSON object')
    .action((options: { email: string; name: string; platformAdmin?: boolean; mobile?: string; json?: boolean }) =>
      run(async (app) => {
        const address = validateEmailAddress(options.email);
        if (!address.ok) throw new CliError(`${options.email}: ${address.message}`);
        const mobile = options.mobile === undefined ? null : validatePhoneNumber(options.mobile);
        if (mobile && !mobile.ok) throw new CliError(`${options.mobile}: ${mobile.message}`);
        const users = app.get(UserRepository);
        if (await users.findByEmail(address.normalised)) throw new CliError(`A user with email ${address.normalised} already exists`);
        const user = await users.create({
          emailAddress: address.normalised, name: options.name, platformAdmin: options.platformAdmin === true, mobileNumber: options.mobile?.trim() ?? null,
        });
        const setUpUrl = await setUpLinkFor(app.get(UserAccountRepository), app.get(InvitationRepository), app.get<HeraldConfig>(HERALD_CONFIG), user);
        printResult(options.json, { id: user.id, set_up_url: setUpUrl },
          `Created user ${user.name} (${user.id}). They choose a password at ${setUpUrl} (the link works once, within ${SET_UP_LINK_DAYS} days).`);
      }),
    );

  program
    .command('team')
    .description('Service teams')
    .command('add')
    .requiredOption('--service <id>', 'service id')
    .requiredOption('--user <id>', 'user id')
    .option('--json', 'print one JSON object')
    .action((options: { service: string; user: string; json?: boolean }) =>
      run(async (app) => {
        const services = app.get(ServiceRepository);
        const service = requireFound(await services.findById(options.service), `Service ${options.service}`);
        const user = requireFound(await app.get(UserRepository).findById(options.user), `User ${options.user}`);
        await services.addTeamMember(service.id, user.id);
        printResult(options.json, { service_id: service.id, user_id: user.id }, `${user.name} is now in the team of ${service.name}`);
      }),
    );
}

/** A set-up link works this long (the same as the one printed on first start). */
const SET_UP_LINK_DAYS = 2;

/** The user waits (pending) until they follow the link and choose a password and a second factor. */
async function setUpLinkFor(
  accounts: UserAccountRepository, invitations: InvitationRepository, config: HeraldConfig, user: { id: string; emailAddress: string },
): Promise<string> {
  await accounts.markPending(user.id);
  const expiresAt = new Date(Date.now() + SET_UP_LINK_DAYS * 86_400_000);
  const { token } = await invitations.issue({ kind: 'set-up', serviceId: null, emailAddress: user.emailAddress, permissions: [], invitedBy: null, expiresAt });
  return `${config.admin.baseUrl}/set-up/${token}`;
}
