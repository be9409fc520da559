import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * A message Herald itself sends, as written in templates/system/<key>.md: front matter (name;
 * `type` email, sms or letter, email when absent; subject, except for a text), then Notify markdown.
 */
export interface SystemTemplate {
  readonly key: string;
  readonly name: string;
  readonly type: SystemTemplateType;
  /** Null for a text message. */
  readonly subject: string | null;
  readonly content: string;
}

export type SystemTemplateType = 'email' | 'sms' | 'letter';

/** The messages Herald itself sends, by file name. */
export type SystemTemplateKey =
  | 'sign-in-code'
  | 'invitation'
  | 'password-reset'
  | 'email-change-confirmation'
  | 'email-changed-notice'
  | 'preferences-changed-email'
  | 'preferences-changed-sms'
  | 'preferences-changed-letter';

const TYPES: readonly SystemTemplateType[] = ['email', 'sms', 'letter'];

/** Reads every templates/system/*.md, found by walking up from `startDir` (works from sources and from the build). */
export function loadSystemTemplates(startDir: string = __dirname): SystemTemplate[] {
  const dir = findSystemTemplatesDir(startDir);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => parseSystemTemplate(basename(file, '.md'), readFileSync(join(dir, file), 'utf8')));
}

export function parseSystemTemplate(key: string, text: string): SystemTemplate {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`templates/system/${key}.md must start with front matter (---, name:, subject:, ---)`);
  const fields = Object.fromEntries(
    match[1]
      .split(/\r?\n/)
      .map((line) => /^(\w+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1], m[2].trim()]),
  );
  const type = (fields.type ?? 'email') as SystemTemplateType;
  if (!TYPES.includes(type)) throw new Error(`templates/system/${key}.md: type must be one of ${TYPES.join(', ')}`);
  if (!fields.name || (type !== 'sms' && !fields.subject)) throw new Error(`templates/system/${key}.md needs a name and a subject in its front matter`);
  return { key, name: fields.name, type, subject: type === 'sms' ? null : fields.subject, content: match[2].trim() };
}

function findSystemTemplatesDir(startDir: string): string {
  for (let dir = startDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'templates', 'system');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`No templates/system folder in ${startDir} or above it`);
  }
}
