import { Command } from 'commander';
import { CliAction } from './cli-action';

export function letterCommands(program: Command, run: CliAction): void {
  program
    .command('letters')
    .description('Letters and the daily print run')
    .command('print-now')
    .description('Send the day’s print batch now, as the worker does at PRINT_BATCH_TIME')
    .option('--json', 'print one JSON object')
    .action((options: { json?: boolean }) => run(async (session) => (await import('./letters.actions')).printNow(session, options)));
}
