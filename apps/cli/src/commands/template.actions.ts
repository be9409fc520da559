import { readFileSync } from 'node:fs';
import type { TemplateType } from '@herald/domain';
import { CliError } from '../cli-error';
import { printList, printResult } from '../cli-output';
import type { CliSession } from '../cli-session';
import type { TemplateOptions } from './template.command';

/** A grammatical "A" or "An" before a template type. */
const ARTICLE: Record<TemplateType, string> = { email: 'An', sms: 'A', letter: 'A' };
const LABEL: Record<TemplateType, string> = { email: 'email', sms: 'text message', letter: 'letter' };

/** The admin's checks and audit record (`template.created`), as the CLI operator or --created-by. */
export async function createTemplate(session: CliSession, options: TemplateOptions): Promise<void> {
  const type = options.type as TemplateType;
  if (type !== 'sms' && !options.subject) throw new CliError('invalid', `${ARTICLE[type]} ${LABEL[type]} template needs --subject`);
  assertLetterOptions(type, options);
  const request = {
    type,
    name: options.name,
    subject: options.subject,
    content: readContent(options.contentFile, '--content-file'),
    postage: options.postage,
    letterContactBlock: readContent(options.letterContactFile, '--letter-contact-file'),
  };
  const actor = await session.actor(options.createdBy);
  const created = await session.administration.templates.create(actor, options.service, request);
  printResult(options.json, { id: created.id, version: created.version }, `Created ${LABEL[type]} template ${created.name} (${created.id}), version 1`);
}

/** Only the options given change; the result is checked whole, as the admin's edit form is. */
export async function updateTemplate(session: CliSession, options: TemplateOptions): Promise<void> {
  const given = { name: options.name, subject: options.subject, content: readContent(options.contentFile, '--content-file'), postage: options.postage };
  const letterContactBlock = readContent(options.letterContactFile, '--letter-contact-file');
  if (Object.values(given).every((v) => v === undefined) && letterContactBlock === undefined) {
    throw new CliError('usage', 'Nothing to change: give --name, --subject, --content-file, --letter-contact-file or --postage');
  }
  const current = await session.administration.templates.find(options.service, options.id!);
  if (current.archived) throw new CliError('invalid', `Template ${current.id} is archived`);
  assertLetterOptions(current.type, options);
  const actor = await session.actor(options.createdBy);
  const updated = await session.administration.templates.update(actor, options.service, current.id, {
    name: given.name ?? current.name,
    subject: given.subject ?? current.subject ?? undefined,
    content: given.content ?? current.content,
    postage: given.postage ?? current.postage ?? undefined,
    letterContactBlock,
  });
  printResult(options.json, { id: updated.id, version: updated.version }, `Template ${updated.name} is now at version ${updated.version}`);
}

export async function listTemplates(session: CliSession, options: TemplateOptions): Promise<void> {
  const service = await session.administration.services.find(options.service);
  const templates = await session.administration.templates.list(service.id, { includeArchived: options.archived === true });
  const items = templates.map((t) => ({ id: t.id, name: t.name, type: t.type, version: t.version, archived: t.archived }));
  printList(
    options.json,
    'templates',
    items,
    (t) => `${t.id}  ${t.name}  ${t.type}  version ${t.version}${t.archived ? '  archived' : ''}`,
    `${service.name} has no templates`,
  );
}

/** As the admin's delete: a new version marked archived, audited as `template.archived`; archiving twice changes nothing. */
export async function archiveTemplate(session: CliSession, options: TemplateOptions): Promise<void> {
  const actor = await session.actor();
  const archived = await session.administration.templates.archive(actor, options.service, options.id!);
  printResult(options.json, { id: archived.id, archived: true }, `Template ${archived.name} is archived`);
}

/** The contact block and postage belong to letters only. */
function assertLetterOptions(type: TemplateType, options: TemplateOptions): void {
  if (type !== 'letter' && (options.letterContactFile !== undefined || options.postage !== undefined)) {
    throw new CliError('usage', '--letter-contact-file and --postage are for letter templates');
  }
}

function readContent(file: string | undefined, option: string): string | undefined {
  if (file === undefined) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new CliError('invalid', `${option}: cannot read ${file}`);
  }
}
