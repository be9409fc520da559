import { Command } from 'commander';
import { CliAction } from './cli-action';
import { CALLBACK_TYPE_NAMES } from './choices';

export interface CallbackOptions {
  service: string;
  type: string;
  url?: string;
  token?: string;
  json?: boolean;
}

export function callbackCommands(program: Command, run: CliAction): void {
  const callback = program.command('callback').description('Where Herald tells a service about delivery receipts, received texts and complaints');
  callback
    .command('set')
    .description('Set (or replace) a service’s callback URL and bearer token')
    .requiredOption('--service <id>', 'service id')
    .requiredOption('--type <type>', CALLBACK_TYPE_NAMES.join(' | '))
    .requiredOption('--url <url>', 'https URL the callbacks are POSTed to')
    .requiredOption('--token <token>', 'bearer token sent with each callback (at least 10 characters)')
    .option('--json', 'print one JSON object')
    .action((options: CallbackOptions) => run(async (session) => (await import('./callback.actions')).setCallback(session, options)));
  callback
    .command('remove')
    .description('Stop sending a service callbacks of one type')
    .requiredOption('--service <id>', 'service id')
    .requiredOption('--type <type>', CALLBACK_TYPE_NAMES.join(' | '))
    .option('--json', 'print one JSON object')
    .action((options: CallbackOptions) => run(async (session) => (await import('./callback.actions')).removeCallback(session, options)));
}
