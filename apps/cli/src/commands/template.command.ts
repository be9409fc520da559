import { Command, Option } from 'commander';
import { CliAction } from './cli-action';
import { POSTAGE_CHOICES, TEMPLATE_TYPE_CHOICES } from './choices';

export interface TemplateOptions {
  service: string;
  id?: string;
  type?: string;
  name?: string;
  subject?: string;
  contentFile?: string;
  letterContactFile?: string;
  postage?: string;
  createdBy?: string;
  archived?: boolean;
  json?: boolean;
}

const actions = () => import('./template.actions');

export function templateCommands(program: Command, run: CliAction): void {
  const template = program.command('template').description('Create, list, change and archive templates (every change is a new version)');
  template
    .command('create')
    .requiredOption('--service <id>', 'service id')
    .addOption(new Option('--type <type>', 'email, sms or letter').choices([...TEMPLATE_TYPE_CHOICES]).makeOptionMandatory())
    .requiredOption('--name <name>', 'template name')
    .option('--subject <subject>', 'subject line (email) or main heading (letter)')
    .requiredOption('--content-file <file>', 'file holding the message, with ((placeholders))')
    .option('--letter-contact-file <file>', 'letters: file holding the contact block printed top right (may have ((placeholders)))')
    .addOption(new Option('--postage <postage>', 'letters: postage (default second)').choices([...POSTAGE_CHOICES]))
    .option('--created-by <userId>', 'the user who wrote it (default: the CLI operator, CLI_OPERATOR_EMAIL)')
    .option('--json', 'print one JSON object')
    .action((options: TemplateOptions) => run(async (session) => (await actions()).createTemplate(session, options)));
  template
    .command('update')
    .requiredOption('--service <id>', 'service id')
    .requiredOption('--id <templateId>', 'template id')
    .option('--name <name>', 'new name')
    .option('--subject <subject>', 'new subject')
    .option('--content-file <file>', 'file holding the new message')
    .option('--letter-contact-file <file>', 'letters: file holding the new contact block')
    .addOption(new Option('--postage <postage>', 'letters: new postage').choices([...POSTAGE_CHOICES]))
    .option('--created-by <userId>', 'the user who made this version (default: the CLI operator)')
    .option('--json', 'print one JSON object')
    .action((options: TemplateOptions) => run(async (session) => (await actions()).updateTemplate(session, options)));
  template
    .command('list')
    .description('A service’s templates: id, name, type, version (archived ones only with --archived)')
    .requiredOption('--service <id>', 'service id')
    .option('--archived', 'include archived templates')
    .option('--json', 'print one JSON object')
    .action((options: TemplateOptions) => run(async (session) => (await actions()).listTemplates(session, options)));
  template
    .command('archive')
    .description('Archive a template: hidden from lists, refused by the API ("Template has been deleted")')
    .requiredOption('--service <id>', 'service id')
    .requiredOption('--id <templateId>', 'template id')
    .option('--json', 'print one JSON object')
    .action((options: TemplateOptions) => run(async (session) => (await actions()).archiveTemplate(session, options)));
}
