import { randomUUID } from 'node:crypto';
import { Command, Option } from 'commander';
import { formatApiKey, KEY_TYPES, KeyType } from '@herald/domain';
import { ApiKeyRepository, ServiceRepository } from '@herald/persistence';
import { printResult, requireFound } from '../cli-output';
import { CliAction } from './cli-action';

export function apiKeyCommands(program: Command, run: CliAction): void {
  program
    .command('api-key')
    .description('Manage API keys')
    .command('create')
    .description('Create an API key; the secret is shown only this once')
    .requiredOption('--service <id>', 'service id')
    .requiredOption('--name <name>', 'key name')
    .addOption(new Option('--type <type>', 'normal, team or test').choices([...KEY_TYPES]).makeOptionMandatory())
    .option('--json', 'print one JSON object')
    .action((options: { service: string; name: string; type: KeyType; json?: boolean }) =>
      run(async (app) => {
        const service = requireFound(await app.get(ServiceRepository).findById(options.service), `Service ${options.service}`);
        const secret = randomUUID();
        const { id } = await app.get(ApiKeyRepository).create(service.id, { name: options.name, keyType: options.type, secret });
        const key = formatApiKey(options.name, service.id, secret);
        printResult(options.json, { id, key }, `Created ${options.type} key ${options.name}. Copy it now, it is not shown again:\n${key}`);
      }),
    );
}
