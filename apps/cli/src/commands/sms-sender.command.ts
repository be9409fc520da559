import { Command } from 'commander';
import { isValidSmsSender, validatePhoneNumber } from '@herald/domain';
import { ServiceRepository, SmsSenderRepository } from '@herald/persistence';
import { CliError, printResult, requireFound } from '../cli-output';
import { CliAction } from './cli-action';

interface SmsSenderOptions {
  service: string;
  sender: string;
  default?: boolean;
  inboundNumber?: string;
  json?: boolean;
}

export function smsSenderCommands(program: Command, run: CliAction): void {
  program
    .command('sms-sender')
    .description('Names or numbers a service’s text messages come from')
    .command('add')
    .requiredOption('--service <id>', 'service id')
    .requiredOption('--sender <text>', 'up to 11 letters and digits, or a phone number')
    .option('--default', 'make it the default (the first one always is)')
    .option('--inbound-number <number>', 'a number people can text the service on (unique across services)')
    .option('--json', 'print one JSON object')
    .action((options: SmsSenderOptions) =>
      run(async (app) => {
        const service = requireFound(await app.get(ServiceRepository).findById(options.service), `Service ${options.service}`);
        if (!isValidSmsSender(options.sender)) throw new CliError(`${options.sender}: a sender is up to 11 letters and digits, or a phone number`);
        if (options.inboundNumber !== undefined) {
          const inbound = validatePhoneNumber(options.inboundNumber);
          if (!inbound.ok) throw new CliError(`${options.inboundNumber}: ${inbound.message}`);
        }
        const senders = app.get(SmsSenderRepository);
        if (options.inboundNumber !== undefined && (await senders.findServiceByInboundNumber(options.inboundNumber))) {
          throw new CliError(`Inbound number ${options.inboundNumber} already belongs to a service`);
        }
        const added = await senders.add(service.id, options.sender, { isDefault: options.default === true, inboundNumber: options.inboundNumber ?? null });
        printResult(options.json, { id: added.id }, `Added SMS sender ${added.smsSender}${added.isDefault ? ' (default)' : ''}: ${added.id}`);
      }),
    );
}
