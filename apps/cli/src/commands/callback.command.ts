import { Command } from 'commander';
import { HeraldConfig, HERALD_CONFIG } from '@herald/config';
import { CallbackType, callbackUrlRefusal, MIN_CALLBACK_TOKEN_LENGTH } from '@herald/domain';
import { ServiceCallbackRepository, ServiceRepository } from '@herald/persistence';
import { CliError, printResult, requireFound } from '../cli-output';
import { CliAction } from './cli-action';

/** The CLI spells types with dashes; they are stored as notify-api.md §10 names them. */
const TYPES: Record<string, CallbackType> = { 'delivery-status': 'delivery_status', 'inbound-sms': 'inbound_sms', complaint: 'complaint' };

interface CallbackOptions {
  service: string;
  type: string;
  url?: string;
  token?: string;
  json?: boolean;
}

function callbackType(option: string): CallbackType {
  const type = TYPES[option];
  if (!type) throw new CliError(`--type must be one of ${Object.keys(TYPES).join(', ')}, not "${option}"`);
  return type;
}

export function callbackCommands(program: Command, run: CliAction): void {
  const callback = program.command('callback').description('Where Herald tells a service about delivery receipts, received texts and complaints');
  callback
    .command('set')
    .description('Set (or replace) a service’s callback URL and bearer token')
    .requiredOption('--service <id>', 'service id')
    .requiredOption('--type <type>', Object.keys(TYPES).join(' | '))
    .requiredOption('--url <url>', 'https URL the callbacks are POSTed to')
    .requiredOption('--token <token>', `bearer token sent with each callback (at least ${MIN_CALLBACK_TOKEN_LENGTH} characters)`)
    .option('--json', 'print one JSON object')
    .action((options: CallbackOptions) =>
      run(async (app) => {
        const type = callbackType(options.type);
        const service = requireFound(await app.get(ServiceRepository).findById(options.service), `Service ${options.service}`);
        const url = options.url ?? '';
        const token = options.token ?? '';
        if (token.length < MIN_CALLBACK_TOKEN_LENGTH) throw new CliError(`--token must be at least ${MIN_CALLBACK_TOKEN_LENGTH} characters`);
        const config = app.get<HeraldConfig>(HERALD_CONFIG);
        const refusal = await callbackUrlRefusal(url, { requireHttps: config.environment === 'production', allowPrivateAddresses: config.callbacks.allowPrivateUrls });
        if (refusal) throw new CliError(`--url ${url}: ${refusal}`);
        await app.get(ServiceCallbackRepository).set(service.id, type, url, token);
        printResult(options.json, { service_id: service.id, type: options.type, url }, `Callbacks of type ${options.type} for ${service.name} go to ${url}`);
      }),
    );
  callback
    .command('remove')
    .description('Stop sending a service callbacks of one type')
    .requiredOption('--service <id>', 'service id')
    .requiredOption('--type <type>', Object.keys(TYPES).join(' | '))
    .option('--json', 'print one JSON object')
    .action((options: CallbackOptions) =>
      run(async (app) => {
        const type = callbackType(options.type);
        const service = requireFound(await app.get(ServiceRepository).findById(options.service), `Service ${options.service}`);
        const removed = await app.get(ServiceCallbackRepository).remove(service.id, type);
        printResult(options.json, { service_id: service.id, type: options.type, removed }, removed ? `Removed the ${options.type} callback of ${service.name}` : `${service.name} had no ${options.type} callback`);
      }),
    );
}
