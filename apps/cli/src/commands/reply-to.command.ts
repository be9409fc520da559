import { Command } from 'commander';
import { validateEmailAddress } from '@herald/domain';
import { EmailReplyToRepository, ServiceRepository } from '@herald/persistence';
import { CliError, printResult, requireFound } from '../cli-output';
import { CliAction } from './cli-action';

export function replyToCommands(program: Command, run: CliAction): void {
  program
    .command('reply-to')
    .description('Email reply-to addresses')
    .command('add')
    .requiredOption('--service <id>', 'service id')
    .requiredOption('--email <address>', 'reply-to address')
    .option('--default', 'make it the default (the first one always is)')
    .option('--json', 'print one JSON object')
    .action((options: { service: string; email: string; default?: boolean; json?: boolean }) =>
      run(async (app) => {
        const service = requireFound(await app.get(ServiceRepository).findById(options.service), `Service ${options.service}`);
        const address = validateEmailAddress(options.email);
        if (!address.ok) throw new CliError(`${options.email}: ${address.message}`);
        const added = await app.get(EmailReplyToRepository).add(service.id, address.address, options.default === true);
        printResult(options.json, { id: added.id }, `Added reply-to ${added.emailAddress}${added.isDefault ? ' (default)' : ''}: ${added.id}`);
      }),
    );
}
