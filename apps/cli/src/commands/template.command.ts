import { readFileSync } from 'node:fs';
import type { INestApplicationContext } from '@nestjs/common';
import { Command, Option } from 'commander';
import { TEMPLATE_TYPES, TemplateType, UK_POSTAGE } from '@herald/domain';
import { ServiceRepository, TemplateRepository, UserRepository } from '@herald/persistence';
import { CliError, printResult, requireFound } from '../cli-output';
import { CliAction } from './cli-action';

interface TemplateOptions {
  service: string;
  id?: string;
  type?: TemplateType;
  name?: string;
  subject?: string;
  contentFile?: string;
  letterContactFile?: string;
  postage?: string;
  createdBy?: string;
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
    .option('--letter-contact-file <file>', 'letters: file holding the contact block printed top right (may have ((placeholders)))')
    .addOption(new Option('--postage <postage>', 'letters: postage (default second)').choices([...UK_POSTAGE]))
    .option('--created-by <userId>', 'the user who wrote it: the API shows their email as created_by (null without it)')
    .option('--json', 'print one JSON object')
    .action((options: TemplateOptions) =>
      run(async (app) => {
        const service = requireFound(await app.get(ServiceRepository).findById(options.service), `Service ${options.service}`);
        const type = options.type!;
        if (type !== 'sms' && !options.subject) throw new CliError(`A ${type} template needs --subject`);
        assertLetterOptions(type, options);
        const created = await app.get(TemplateRepository).create(service.id, {
          name: options.name!,
          type,
          subject: type === 'sms' ? null : options.subject!,
          content: readContent(options.contentFile)!,
          letterContactBlock: readContent(options.letterContactFile) ?? null,
          postage: type === 'letter' ? (options.postage ?? 'second') : null,
          createdById: await createdByOf(app, options.createdBy),
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
    .option('--letter-contact-file <file>', 'letters: file holding the new contact block')
    .addOption(new Option('--postage <postage>', 'letters: new postage').choices([...UK_POSTAGE]))
    .option('--created-by <userId>', 'the user who made this version (default: whoever made the previous one)')
    .option('--json', 'print one JSON object')
    .action((options: TemplateOptions) =>
      run(async (app) => {
        const changes = {
          name: options.name,
          subject: options.subject,
          content: readContent(options.contentFile),
          letterContactBlock: readContent(options.letterContactFile),
          postage: options.postage,
        };
        if (Object.values(changes).every((v) => v === undefined)) throw new CliError('Nothing to change: give --name, --subject, --content-file, --letter-contact-file or --postage');
        const createdById = await createdByOf(app, options.createdBy);
        const updated = requireFound(await app.get(TemplateRepository).update(options.service, options.id!, { ...changes, createdById }), `Template ${options.id} of service ${options.service}`);
        printResult(options.json, { id: updated.id, version: updated.version }, `Template ${updated.name} is now at version ${updated.version}`);
      }),
    );
}

/** The contact block and postage belong to letters only. */
function assertLetterOptions(type: TemplateType, options: TemplateOptions): void {
  if (type !== 'letter' && (options.letterContactFile !== undefined || options.postage !== undefined)) {
    throw new CliError('--letter-contact-file and --postage are for letter templates');
  }
}

/** The user id as given, once checked: a version's created_by is that user's email in the API. */
async function createdByOf(app: INestApplicationContext, userId: string | undefined): Promise<string | undefined> {
  if (userId === undefined) return undefined;
  return requireFound(await app.get(UserRepository).findById(userId), `User ${userId}`).id;
}
