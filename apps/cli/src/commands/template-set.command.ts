import { Command, Option } from 'commander';
import { TEMPLATE_SET_KINDS } from '@herald/domain';
import { CliAction } from './cli-action';

export interface TemplateSetOptions {
  service: string;
  set?: string;
  name?: string;
  kind?: string;
  label?: string;
  sensitive?: boolean;
  variant?: string[];
  createdBy?: string;
  json?: boolean;
}

const actions = () => import('./template-set.actions');
const collect = (value: string, previous: string[]) => [...previous, value];

const VARIANT_HELP = [
  'a variant as <channel>:<language>:<file>, repeatable; channel email, sms or letter, language en, cy or bilingual.',
  'The file holds the message. Emails and letters start with a "Subject: …" line (a bilingual letter also "Welsh-Subject: …")',
  'and a blank line; a bilingual letter gives its Welsh text after a line "=== cy ===". A bilingual email or text holds',
  '[[cy]]…[[/cy]] and [[en]]…[[/en]] blocks.',
].join(' ');

export function templateSetCommands(program: Command, run: CliAction): void {
  const set = program.command('template-set').description('Template sets: one message with a variant per channel and language, published in versions');
  set
    .command('create')
    .requiredOption('--service <id>', 'service id')
    .requiredOption('--name <name>', 'the set’s name, for the team')
    .addOption(new Option('--kind <kind>', 'statutory (cannot be muted), service or optional').choices([...TEMPLATE_SET_KINDS]).makeOptionMandatory())
    .requiredOption('--label <label>', 'what people see the message called')
    .option('--sensitive', 'alerts about it never carry its content')
    .option('--variant <channel:language:file>', VARIANT_HELP, collect, [])
    .option('--created-by <userId>', 'the user who wrote it (default: the CLI operator, CLI_OPERATOR_EMAIL)')
    .option('--json', 'print one JSON object')
    .action((options: TemplateSetOptions) => run(async (session) => (await actions()).createTemplateSet(session, options)));
  set
    .command('publish')
    .description('Publish the draft as the next version; refused while any variant lacks a placeholder another uses')
    .requiredOption('--service <id>', 'service id')
    .requiredOption('--set <setId>', 'template set id')
    .option('--created-by <userId>', 'the user who publishes (default: the CLI operator)')
    .option('--json', 'print one JSON object')
    .action((options: TemplateSetOptions) => run(async (session) => (await actions()).publishTemplateSet(session, options)));
  set
    .command('show')
    .description('A set’s draft and the version messages use, with each variant’s template')
    .requiredOption('--service <id>', 'service id')
    .requiredOption('--set <setId>', 'template set id')
    .option('--json', 'print one JSON object')
    .action((options: TemplateSetOptions) => run(async (session) => (await actions()).showTemplateSet(session, options)));
}
