import { Command, Option } from 'commander';
import { CliAction } from './cli-action';

export interface ServiceCreateOptions {
  name: string;
  live?: boolean;
  organisation?: string;
  json?: boolean;
}

export interface ServiceUpdateOptions {
  service: string;
  contactLink?: string;
  organisation?: string;
  live?: boolean;
  trial?: boolean;
  smsPrefix?: 'on' | 'off';
  json?: boolean;
}

export interface CheckRulesOptions {
  service: string;
  rule: string[];
  json?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function serviceCommands(program: Command, run: CliAction): void {
  const service = program.command('service').description('Create, list and change services');
  service
    .command('create')
    .description('Create a service (in trial mode unless --live)')
    .requiredOption('--name <name>', 'service name, also the start of its sending address')
    .option('--live', 'allow sending to anyone, not just the team')
    .option('--organisation <name>', 'the organisation (department) it sends for, named to recipients and auditors')
    .option('--json', 'print one JSON object')
    .action((options: ServiceCreateOptions) => run(async (session) => (await import('./service.actions')).createService(session, options)));

  service
    .command('list')
    .description('Every service: id, name, live or trial')
    .option('--json', 'print one JSON object')
    .action((options: { json?: boolean }) => run(async (session) => (await import('./service.actions')).listServices(session, options)));

  service
    .command('update')
    .description('Change a service’s settings; only the options given change')
    .requiredOption('--service <id>', 'service id')
    .option('--contact-link <url>', 'where recipients can get help (a URL, email address or phone number)')
    .option('--organisation <name>', 'the organisation (department) it sends for; an empty string clears it')
    .option('--live', 'allow sending to anyone')
    .option('--trial', 'send only to the team and the guest list')
    .addOption(new Option('--sms-prefix <onOff>', 'start each text with the service name').choices(['on', 'off']))
    .option('--json', 'print one JSON object')
    .action((options: ServiceUpdateOptions) => run(async (session) => (await import('./service.actions')).updateService(session, options)));

  service
    .command('check-rules')
    .description('Show the content checks and how strictly each applies to the service’s templates, or change them with --rule')
    .requiredOption('--service <id>', 'service id')
    .option('--rule <check=severity>', 'e.g. link-text=warning; severity error (blocks saving and publishing), warning or off; repeatable', collect, [])
    .option('--json', 'print one JSON object')
    .action((options: CheckRulesOptions) => run(async (session) => (await import('./check-rules.actions')).checkRules(session, options)));
}
