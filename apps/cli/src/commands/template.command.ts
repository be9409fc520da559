import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { TEMPLATE_TYPES, TemplateType } from '@herald/domain';
import { ServiceRepository, TemplateRepository } from '@herald/persistence';
import { CliError, printResult, requireFound } from '../cli-output';
import { CliAction } from './cli-action';

interface TemplateOptions {
  service: string;
  id?: string;
  type?: TemplateType;
  name?: string;
  subject?: string;
  contentFile?: string;
  json?: boolean;
}

const readContent = (file: string | undefined): string | undefined => {
  if (file === undefined) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`Cannot read content file ${file}`);
  }
};

export function templateCommands(program: Command, run: CliAction): void {
  const template = program.command('template').description('Create and change templates (every change is a new version)');
  template
    .command('create')
    .requiredOption('--service <id>', 'service id')
    .addOption(new Option('--type <type>', 'email, sms or letter').choices([...TEMPLATE_TYPES]).makeOptionMandatory())
    .requiredOption('--name <name>', 'template name')
    .option('--subject <subject>', 'subject line (email and letter)')
    .requiredOption('--content-file <file>', 'file holding the message, with ((placeholders))')
    .option('--json', 'print one JSON object')
    .action((options: TemplateOptions) =>
      run(async (app) => {
        const service = requireFound(await app.get(ServiceRepository).findById(options.service), `Service ${options.service}`);
        const type = options.type!;
        if (type !== 'sms' && !options.subject) throw new CliError(`A ${type} template needs --subject`);
        const created = await app.get(TemplateRepository).create(service.id, {
          name: options.name!,
          type,
          subject: type === 'sms' ? null : options.subject!,
          content: readContent(options.contentFile)!,
        });
        printResult(options.json, { id: created.id, version: created.version }, `Created ${type} template ${created.name} (${created.id}), version 1`);
      }),
    );
  template
    .command('update')
    .requiredOption('--service <id>', 'service id')
    .requiredOption('--id <templateId>', 'template id')
    .option('--name <name>', 'new name')
    .option('--subject <subject>', 'new subject')
    .option('--content-file <file>', 'file holding the new message')
    .option('--json', 'print one JSON object')
    .action((options: TemplateOptions) =>
      run(async (app) => {
        const changes = { name: options.name, subject: options.subject, content: readContent(options.contentFile) };
        if (Object.values(changes).every((v) => v === undefined)) throw new CliError('Nothing to change: give --name, --subject or --content-file');
        const updated = requireFound(await app.get(TemplateRepository).update(options.service, options.id!, changes), `Template ${options.id} of service ${options.service}`);
        printResult(options.json, { id: updated.id, version: updated.version }, `Template ${updated.name} is now at version ${updated.version}`);
      }),
    );
}
