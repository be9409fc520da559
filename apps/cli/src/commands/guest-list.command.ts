import { Command } from 'commander';
import { GuestListRepository, InvalidGuestListRecipientError, ServiceRepository } from '@herald/persistence';
import { CliError, printResult, requireFound } from '../cli-output';
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
      run(async (app) => {
        const service = requireFound(await app.get(ServiceRepository).findById(options.service), `Service ${options.service}`);
        try {
          const entry = await app.get(GuestListRepository).add(service.id, options.recipient);
          printResult(options.json, { id: entry.id, recipient_type: entry.recipientType }, `Added ${entry.recipient} to the guest list of ${service.name}`);
        } catch (error) {
          if (error instanceof InvalidGuestListRecipientError) throw new CliError(`${options.recipient}: ${error.message}`);
          throw error;
        }
      }),
    );
}
