import { Command } from 'commander';
import { printResult } from '../cli-output';
import { CliAction } from './cli-action';

export function migrateCommand(program: Command, run: CliAction): void {
  program
    .command('migrate')
    .description('Bring the database schema up to date (every command also does this first)')
    .option('--json', 'print one JSON object')
    .action((options: { json?: boolean }) => run(async () => printResult(options.json, { migrated: true }, 'The database is up to date')));
}
