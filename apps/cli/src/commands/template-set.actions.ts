import { readFileSync } from 'node:fs';
import type { TemplateSetVariantRequest } from '@herald/administration';
import { CliError } from '../cli-error';
import { printResult } from '../cli-output';
import type { CliSession } from '../cli-session';
import type { TemplateSetOptions } from './template-set.command';

/** The admin's checks (R-LF-3, duplicates) and audit record (`template-set.created`). */
export async function createTemplateSet(session: CliSession, options: TemplateSetOptions): Promise<void> {
  const variants = (options.variant ?? []).map(readVariant);
  const actor = await session.actor(options.createdBy);
  const created = await session.administration.templateSets.create(actor, options.service, {
    name: options.name,
    kind: options.kind,
    label: options.label,
    sensitive: options.sensitive === true,
    variants,
  });
  const result = { id: created.id, name: created.name, variants: created.variants.length, published_version: null };
  printResult(options.json, result, `Created template set ${created.name} (${created.id}) with ${created.variants.length} variant(s); publish it to use it`);
}

/** Refused, naming the missing placeholder per variant (R-RT-5), unless every variant renders from the same personalisation. */
export async function publishTemplateSet(session: CliSession, options: TemplateSetOptions): Promise<void> {
  const actor = await session.actor(options.createdBy);
  const version = await session.administration.templateSets.publish(actor, options.service, options.set!);
  const variants = version.variants.map((v) => ({ channel: v.channel, language: v.language, template_id: v.templateId, template_version: v.templateVersion }));
  printResult(options.json, { id: version.setId, version: version.version, variants }, `Published template set ${version.name}, version ${version.version}`);
}

export async function showTemplateSet(session: CliSession, options: TemplateSetOptions): Promise<void> {
  const { set, published } = await session.administration.templateSets.show(options.service, options.set!);
  const pinned = (channel: string, language: string) => published?.variants.find((v) => v.channel === channel && v.language === language);
  const variants = set.variants.map((v) => ({
    channel: v.channel,
    language: v.language,
    template_id: pinned(v.channel, v.language)?.templateId ?? null,
    template_version: pinned(v.channel, v.language)?.templateVersion ?? null,
  }));
  const result = { id: set.id, name: set.name, kind: set.kind, label: set.label, sensitive: set.sensitive, published_version: set.publishedVersion, variants };
  const lines = [
    `${set.name} (${set.id}): ${set.kind}, “${set.label}”${set.sensitive ? ', sensitive' : ''}, ${set.publishedVersion ? `version ${set.publishedVersion} published` : 'not published'}`,
    ...variants.map((v) => `  ${v.channel} (${v.language})${v.template_id ? `  template ${v.template_id} version ${v.template_version}` : ''}`),
  ];
  printResult(options.json, result, lines.join('\n'));
}

const HEADER = /^(Subject|Welsh-Subject):[ \t]*(.*)$/i;
const WELSH_DIVIDER = /^===\s*cy\s*===[ \t]*$/im;

/** `<channel>:<language>:<file>`; the file as --variant's help describes it. */
export function readVariant(spec: string): TemplateSetVariantRequest {
  const [channel, language, ...path] = spec.split(':');
  const file = path.join(':');
  if (!channel || !language || !file) throw new CliError('usage', `--variant ${spec}: give <channel>:<language>:<file>, e.g. sms:en:reminder.txt`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CliError('invalid', `--variant: cannot read ${file}`);
  }
  if (channel === 'sms') return { channel, language, content: text.trim() };
  const headers: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  while (lines.length && HEADER.test(lines[0])) {
    const [, name, value] = HEADER.exec(lines.shift()!)!;
    headers[name.toLowerCase()] = value.trim();
  }
  const [english, welsh] = lines.join('\n').split(WELSH_DIVIDER);
  return { channel, language, subject: headers.subject, content: english.trim(), welshSubject: headers['welsh-subject'], welshContent: welsh?.trim() };
}
