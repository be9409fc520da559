import { Command } from 'commander';
import { printResult } from '../cli-output';
import { CliAction } from './cli-action';

/** Opening the session migrates; this command says what that applied. */
export function migrateCommand(program: Command, run: CliAction): void {
  program
    .command('migrate')
    .description('Bring the database schema up to date (every command also does this first)')
    .option('--json', 'print one JSON object')
    .action((options: { json?: boolean }) =>
      run(async (session) => {
        const applied = session.administration.appliedMigrations;
        const sentence = applied.length
          ? `Applied ${applied.length} migration${applied.length === 1 ? '' : 's'}: the database is up to date`
          : 'The database was already up to date';
        printResult(options.json, { migrated: true, applied }, sentence);
      }),
    );
}
