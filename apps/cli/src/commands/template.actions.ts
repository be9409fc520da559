import { readFileSync } from 'node:fs';
import { checkLetterContactBlock, TemplateType, validTemplateFields } from '@herald/domain';
import { ServiceRepository, TemplateRepository, TemplateVersion } from '@herald/persistence';
import { CliError } from '../cli-error';
import { printList, printResult, requireFound } from '../cli-output';
import type { CliSession } from '../cli-session';
import type { TemplateOptions } from './template.command';

/** A grammatical "A" or "An" before a template type. */
const ARTICLE: Record<TemplateType, string> = { email: 'An', sms: 'A', letter: 'A' };
const LABEL: Record<TemplateType, string> = { email: 'email', sms: 'text message', letter: 'letter' };

/** The admin's checks (validTemplateFields) and audit record (`template.created`), as the CLI operator or --created-by. */
export async function createTemplate(session: CliSession, options: TemplateOptions): Promise<void> {
  const service = requireFound(await session.repository(ServiceRepository).findById(options.service), `Service ${options.service}`);
  const type = options.type as TemplateType;
  if (type !== 'sms' && !options.subject) throw new CliError('invalid', `${ARTICLE[type]} ${LABEL[type]} template needs --subject`);
  assertLetterOptions(type, options);
  const fields = validTemplateFields(type, { name: options.name, subject: options.subject, content: readContent(options.contentFile, '--content-file'), postage: options.postage });
  const letterContactBlock = contactBlockOf(options.letterContactFile);
  const actor = await session.actor(options.createdBy);
  const created = await session.repository(TemplateRepository).create(service.id, { ...fields, type, letterContactBlock: letterContactBlock ?? null, createdById: actor.id });
  await session.audit({ userId: actor.id, serviceId: service.id, action: 'template.created', subject: created.id, details: { name: created.name, type } });
  printResult(options.json, { id: created.id, version: created.version }, `Created ${LABEL[type]} template ${created.name} (${created.id}), version 1`);
}

/** Only the options given change; the result is checked whole, as the admin's edit form is. */
export async function updateTemplate(session: CliSession, options: TemplateOptions): Promise<void> {
  const given = { name: options.name, subject: options.subject, content: readContent(options.contentFile, '--content-file'), postage: options.postage };
  const letterContactBlock = contactBlockOf(options.letterContactFile);
  if (Object.values(given).every((v) => v === undefined) && letterContactBlock === undefined) {
    throw new CliError('usage', 'Nothing to change: give --name, --subject, --content-file, --letter-contact-file or --postage');
  }
  const current = await findTemplate(session, options);
  if (current.archived) throw new CliError('invalid', `Template ${current.id} is archived`);
  assertLetterOptions(current.type, options);
  const fields = validTemplateFields(current.type, {
    name: given.name ?? current.name, subject: given.subject ?? current.subject ?? undefined, content: given.content ?? current.content, postage: given.postage ?? current.postage ?? undefined,
  });
  const actor = await session.actor(options.createdBy);
  const updated = requireFound(
    await session.repository(TemplateRepository).update(options.service, current.id, { ...fields, ...(letterContactBlock !== undefined ? { letterContactBlock } : {}), createdById: actor.id }),
    `Template ${options.id} of service ${options.service}`,
  );
  await session.audit({ userId: actor.id, serviceId: options.service, action: 'template.updated', subject: current.id, details: { name: updated.name, version: updated.version } });
  printResult(options.json, { id: updated.id, version: updated.version }, `Template ${updated.name} is now at version ${updated.version}`);
}

export async function listTemplates(session: CliSession, options: TemplateOptions): Promise<void> {
  const service = requireFound(await session.repository(ServiceRepository).findById(options.service), `Service ${options.service}`);
  const templates = await session.repository(TemplateRepository).listForAdmin(service.id, { includeArchived: options.archived === true });
  const items = templates.map((t) => ({ id: t.id, name: t.name, type: t.type, version: t.version, archived: t.archived }));
  printList(options.json, 'templates', items, (t) => `${t.id}  ${t.name}  ${t.type}  version ${t.version}${t.archived ? '  archived' : ''}`, `${service.name} has no templates`);
}

/** As the admin's delete: a new version marked archived, audited as `template.archived`; archiving twice changes nothing. */
export async function archiveTemplate(session: CliSession, options: TemplateOptions): Promise<void> {
  const current = await findTemplate(session, options);
  if (!current.archived) {
    const actor = await session.actor();
    requireFound(await session.repository(TemplateRepository).update(options.service, current.id, { archived: true, createdById: actor.id }), `Template ${options.id}`);
    await session.audit({ userId: actor.id, serviceId: options.service, action: 'template.archived', subject: current.id, details: { name: current.name } });
  }
  printResult(options.json, { id: current.id, archived: true }, `Template ${current.name} is archived`);
}

async function findTemplate(session: CliSession, options: TemplateOptions): Promise<TemplateVersion> {
  requireFound(await session.repository(ServiceRepository).findById(options.service), `Service ${options.service}`);
  const id = options.id!.toLowerCase();
  const template = /^[0-9a-f-]{36}$/.test(id) ? await session.repository(TemplateRepository).findCurrent(options.service, id) : null;
  if (!template || template.hidden) throw new CliError('not_found', `Template ${options.id} of service ${options.service} not found`);
  return template;
}

/** The contact block and postage belong to letters only. */
function assertLetterOptions(type: TemplateType, options: TemplateOptions): void {
  if (type !== 'letter' && (options.letterContactFile !== undefined || options.postage !== undefined)) {
    throw new CliError('usage', '--letter-contact-file and --postage are for letter templates');
  }
}

/** A contact block from its file, checked as the admin checks a service's contact blocks; placeholders are allowed. */
function contactBlockOf(file: string | undefined): string | undefined {
  const raw = readContent(file, '--letter-contact-file');
  if (raw === undefined) return undefined;
  const checked = checkLetterContactBlock(raw);
  if (!checked.ok) throw new CliError('invalid', `--letter-contact-file: ${checked.message}`);
  return checked.value;
}

function readContent(file: string | undefined, option: string): string | undefined {
  if (file === undefined) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new CliError('invalid', `${option}: cannot read ${file}`);
  }
}
