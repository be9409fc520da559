import { Command } from 'commander';
import { CliAction } from './cli-action';

export interface SmsSenderOptions {
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
    .action((options: SmsSenderOptions) => run(async (session) => (await import('./senders.actions')).addSmsSender(session, options)));
}
