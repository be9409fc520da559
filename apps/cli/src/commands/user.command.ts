import { Command, Option } from 'commander';
import { CliAction } from './cli-action';

export interface UserCreateOptions {
  email: string;
  name: string;
  platformAdmin?: boolean;
  mobile?: string;
  json?: boolean;
}

export interface UserAuditorOptions {
  email: string;
  on?: boolean;
  off?: boolean;
  json?: boolean;
}

export function userCommands(program: Command, run: CliAction): void {
  const user = program.command('user').description('People who use Herald');
  user
    .command('create')
    .requiredOption('--email <address>', 'email address')
    .requiredOption('--name <name>', 'full name')
    .option('--platform-admin', 'an operator of the whole platform')
    .option('--mobile <number>', 'mobile number (trial-mode services and team keys may text it)')
    .option('--json', 'print one JSON object')
    .action((options: UserCreateOptions) => run(async (session) => (await import('./user.actions')).createUser(session, options)));
  user
    .command('auditor')
    .description('Grant or remove the auditor role: read-only oversight of purpose logs, audit events and figures across services')
    .requiredOption('--email <address>', 'the user’s email address')
    .option('--on', 'make the user an auditor')
    .addOption(new Option('--off', 'remove the auditor role').conflicts('on'))
    .option('--json', 'print one JSON object')
    .action((options: UserAuditorOptions) => run(async (session) => (await import('./user.actions')).setAuditor(session, options)));

  program
    .command('team')
    .description('Service teams')
    .command('add')
    .requiredOption('--service <id>', 'service id')
    .requiredOption('--user <id>', 'user id')
    .option('--json', 'print one JSON object')
    .action((options: { service: string; user: string; json?: boolean }) =>
      run(async (session) => (await import('./user.actions')).addToTeam(session, options)),
    );
}
