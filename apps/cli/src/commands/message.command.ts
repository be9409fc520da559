import { Command, Option } from 'commander';
import { CliAction } from './cli-action';

export interface MessageSendOptions {
  service: string;
  set: string;
  email?: string;
  phone?: string;
  addressLine: string[];
  method: string;
  channels: string;
  fallbackAfter: string[];
  personalisation: string[];
  personalisationFile?: string;
  reference?: string;
  language?: string;
  createdBy?: string;
  json?: boolean;
}

export interface MessageShowOptions {
  service: string;
  message: string;
  json?: boolean;
}

// Spelled here so that `--help` loads nothing but commander (as choices.ts); @herald/domain checks them when a message is sent.
const ROUTING_METHOD_CHOICES = ['first_success', 'all'];
const LANGUAGE_CHOICES = ['en', 'cy'];

const actions = () => import('./message.actions');
const collect = (value: string, previous: string[]) => [...previous, value];

export function messageCommands(program: Command, run: CliAction): void {
  const message = program.command('message').description('Omnichannel messages: one message from a template set, routed over the channels given');
  message
    .command('send')
    .description('Accept a message as POST /herald/v1/messages does; the worker makes its attempts')
    .requiredOption('--service <id>', 'service id')
    .requiredOption('--set <setId>', 'the published template set to send')
    .option('--email <address>', 'the person’s email address')
    .option('--phone <number>', 'the person’s phone number')
    .option('--address-line <line>', 'a line of the postal address, repeatable (up to 7, the postcode last)', collect, [])
    .addOption(
      new Option('--method <method>', 'first_success (stop at the first delivery) or all (every channel at once)')
        .choices(ROUTING_METHOD_CHOICES)
        .makeOptionMandatory(),
    )
    .requiredOption('--channels <list>', 'comma-separated channels in the order to try, e.g. email,sms,letter')
    .option(
      '--fallback-after <channel=duration>',
      'try the next channel when this one is not delivered within an ISO 8601 duration, e.g. letter=P2D; repeatable',
      collect,
      [],
    )
    .option('--personalisation <key=value>', 'a placeholder’s value, repeatable', collect, [])
    .option('--personalisation-file <file>', 'a JSON object of placeholder values (instead of --personalisation)')
    .option('--reference <reference>', 'your own reference for the message')
    .addOption(new Option('--language <language>', 'the language to send in when the person has not chosen one').choices(LANGUAGE_CHOICES))
    .option('--created-by <userId>', 'the user who sends it (default: the CLI operator, CLI_OPERATOR_EMAIL)')
    .option('--json', 'print the message as GET /herald/v1/messages/{id} gives it')
    .action((options: MessageSendOptions) => run(async (session) => (await actions()).sendMessage(session, options)));
  message
    .command('show')
    .description('A message’s status, the channel it was delivered by, its route plan and attempts')
    .requiredOption('--service <id>', 'service id')
    .requiredOption('--message <messageId>', 'message id')
    .option('--json', 'print the message as GET /herald/v1/messages/{id} gives it')
    .action((options: MessageShowOptions) => run(async (session) => (await actions()).showMessage(session, options)));
}
