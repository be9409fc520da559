import { Command } from 'commander';
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
      run(async (session) => (await import('./senders.actions')).addReplyTo(session, options)),
    );
}
