import { Command } from 'commander';
import { CliAction } from './cli-action';

export function guestListCommands(program: Command, run: CliAction): void {
  program
    .command('guest-list')
    .description('People outside the team a service in trial mode, or a team key, may send to')
    .command('add')
    .requiredOption('--service <id>', 'service id')
    .requiredOption('--recipient <emailOrPhone>', 'an email address or a phone number')
    .option('--json', 'print one JSON object')
    .action((options: { service: string; recipient: string; json?: boolean }) =>
      run(async (session) => (await import('./guest-list.actions')).addToGuestList(session, options)),
    );
}
