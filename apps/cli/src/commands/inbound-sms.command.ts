import { Command } from 'commander';
import { CliAction } from './cli-action';

export interface InboundSmsOptions {
  service: string;
  from: string;
  content: string;
  json?: boolean;
}

export function inboundSmsCommands(program: Command, run: CliAction): void {
  program
    .command('inbound-sms')
    .description('Texts people send to a service (for development and seeding)')
    .command('receive')
    .description('Store a text as if it had been sent to the service’s inbound number (refused with NODE_ENV=production)')
    .requiredOption('--service <id>', 'service id (it needs an inbound number: sms-sender add --inbound-number)')
    .requiredOption('--from <number>', 'the phone number it comes from')
    .requiredOption('--content <text>', 'the message')
    .option('--json', 'print one JSON object')
    .action((options: InboundSmsOptions) => run(async (session) => (await import('./inbound-sms.actions')).receiveText(session, options)));
}
