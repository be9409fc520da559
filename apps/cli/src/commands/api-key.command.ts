import { Command, Option } from 'commander';
import { CliAction } from './cli-action';
import { KEY_TYPE_CHOICES } from './choices';

export function apiKeyCommands(program: Command, run: CliAction): void {
  const apiKey = program.command('api-key').description('Create and list API keys');
  apiKey
    .command('create')
    .description('Create an API key; the secret is shown only this once')
    .requiredOption('--service <id>', 'service id')
    .requiredOption('--name <name>', 'key name')
    .addOption(new Option('--type <type>', 'normal, team or test').choices([...KEY_TYPE_CHOICES]).makeOptionMandatory())
    .option('--respect-preferences', "apply recipients' channel choices to v2 sends with this key (a suppressed send ends cancelled)")
    .option('--json', 'print one JSON object')
    .action((options: { service: string; name: string; type: string; respectPreferences?: boolean; json?: boolean }) =>
      run(async (session) => (await import('./api-key.actions')).createApiKey(session, options)),
    );
  apiKey
    .command('list')
    .description('A service’s keys: id, name, type, created, revoked (never the secret)')
    .requiredOption('--service <id>', 'service id')
    .option('--json', 'print one JSON object')
    .action((options: { service: string; json?: boolean }) => run(async (session) => (await import('./api-key.actions')).listApiKeys(session, options)));
}
