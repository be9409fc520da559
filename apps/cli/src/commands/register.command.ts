import { Command, Option } from 'commander';
import { REGISTER_ADAPTERS } from '@herald/domain';
import { CliAction } from './cli-action';

export interface RegisterAddOptions {
  name: string;
  adapter: string;
  settingsFile: string;
  json?: boolean;
}

export interface RegisterGrantOptions {
  service: string;
  register: string;
  purpose: string;
  label?: string;
  reportUndeliverable?: boolean;
  json?: boolean;
}

const grantee = (command: Command): Command =>
  command
    .requiredOption('--service <id>', 'service id')
    .requiredOption('--register <name>', 'the register’s name')
    .requiredOption('--purpose <code>', 'purpose code, e.g. benefit-letter');

/** R-OO: the registers Herald may look contact details up in, and which service may ask which for what. */
export function registerCommands(program: Command, run: CliAction): void {
  const register = program.command('register').description('Registers Herald looks contact details up in, and the purposes services may use them for');
  register
    .command('add')
    .description('Add a register, or replace the adapter and settings of one (see docs/registers.md)')
    .requiredOption('--name <name>', 'the register’s name: lower-case letters, digits, hyphens')
    .addOption(new Option('--adapter <adapter>', 'how Herald reaches it').choices([...REGISTER_ADAPTERS]).makeOptionMandatory())
    .requiredOption('--settings-file <file>', 'the adapter’s settings as a JSON object')
    .option('--json', 'print one JSON object')
    .action((options: RegisterAddOptions) => run(async (session) => (await import('./register.actions')).addRegister(session, options)));
  register
    .command('list')
    .description('List the registers, their settings (tokens not shown) and the services allowed to use them')
    .option('--json', 'print one JSON object')
    .action((options: { json?: boolean }) => run(async (session) => (await import('./register.actions')).listRegisters(session, options)));
  grantee(register.command('grant').description('Allow a service to ask a register for contact details, for one purpose'))
    .requiredOption('--label <words>', 'the purpose in words the person will understand (shown to them)')
    .option('--report-undeliverable', 'tell the register when an address it gave cannot be delivered to')
    .option('--json', 'print one JSON object')
    .action((options: RegisterGrantOptions) => run(async (session) => (await import('./register.actions')).grantPurpose(session, options)));
  grantee(register.command('revoke').description('Stop a service asking a register for one purpose'))
    .option('--json', 'print one JSON object')
    .action((options: RegisterGrantOptions) => run(async (session) => (await import('./register.actions')).revokePurpose(session, options)));
  register
    .command('purposes')
    .description('List the registers and purposes one service may use')
    .requiredOption('--service <id>', 'service id')
    .option('--json', 'print one JSON object')
    .action((options: { service: string; json?: boolean }) => run(async (session) => (await import('./register.actions')).listPurposes(session, options)));
}
