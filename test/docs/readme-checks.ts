import { existsSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/**
 * Checks on the README and docs/*.md, as pure functions of their text: each returns the problems
 * it found, so a test can show it catches the mistake it is for. Paths are relative to `root`.
 */

/** A markdown document and where it sits in the repository, e.g. `docs/api.md`. */
export interface Doc {
  readonly path: string;
  readonly text: string;
}

/** The folders at the top of the repository that a path named in prose may start with. */
const REPOSITORY_FOLDERS = ['apps', 'libs', 'test', 'docs', 'docker', 'templates'];
const VARIABLE = /^([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?=$|=|\/)/;

/** Each line, and whether it is inside a fenced code block (the fence lines count as inside). */
function fencedLines(text: string): Array<{ line: string; fenced: boolean }> {
  let open = false;
  return text.split('\n').map((line) => {
    const fence = /^\s*(```|~~~)/.test(line);
    const fenced = open || fence;
    if (fence) open = !open;
    return { line, fenced };
  });
}

/** The text without fenced code blocks: prose and inline code. */
export function withoutFences(text: string): string {
  return fencedLines(text)
    .filter((l) => !l.fenced)
    .map((l) => l.line)
    .join('\n');
}

/** Inline code spans outside fenced blocks. */
export function inlineCode(text: string): string[] {
  return [...withoutFences(text).matchAll(/`([^`\n]+)`/g)].map((match) => match[1]);
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
export function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

export function anchorsOf(text: string): Set<string> {
  const headings = [...withoutFences(text).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((match) => headingSlug(match[1]));
  return new Set(headings);
}

/** Every link to a file or heading of this repository must resolve, and stay inside it. */
export function linkProblems(doc: Doc, root: string, readDoc: (path: string) => string | null): string[] {
  const prose = withoutFences(doc.text).replace(/`[^`\n]*`/g, '');
  const targets = [...prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1]);
  return targets.flatMap((target) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return [];
    const [file, anchor] = target.split('#') as [string, string | undefined];
    if (file.startsWith('../') || file.startsWith('/')) return [`${doc.path} links to ${target}, outside the repository`];
    const path = file === '' ? doc.path : normalize(join(dirname(doc.path), file));
    if (relative(root, join(root, path)).startsWith('..')) return [`${doc.path} links to ${target}, outside the repository`];
    if (!existsSync(join(root, path))) return [`${doc.path} links to ${target}, which is not in the repository`];
    if (anchor === undefined || !path.endsWith('.md')) return [];
    const linked = readDoc(path);
    return linked !== null && anchorsOf(linked).has(anchor) ? [] : [`${doc.path} links to ${target}, but ${path} has no heading #${anchor}`];
  });
}

/** A path named as code (`libs/config/src/...`) must exist; globs and placeholders are not paths. */
export function pathProblems(doc: Doc, root: string): string[] {
  return inlineCode(doc.text)
    .filter((code) => REPOSITORY_FOLDERS.some((folder) => code === folder || code.startsWith(`${folder}/`)))
    .filter((code) => !/[\s*<>{}]/.test(code))
    .filter((code) => !existsSync(join(root, code)))
    .map((code) => `${doc.path} names ${code}, which is not in the repository`);
}

/** `npm run X`, `npm start` and `npm test` must name scripts of package.json. */
export function scriptProblems(doc: Doc, scripts: Readonly<Record<string, string>>): string[] {
  const named = [
    ...[...doc.text.matchAll(/\bnpm run(?:\s+-s)?\s+([a-z][\w:-]*)/g)].map((match) => match[1]),
    ...[...doc.text.matchAll(/\bnpm (start|test)\b/g)].map((match) => match[1]),
  ];
  return [...new Set(named)]
    .filter((script) => !(script in scripts))
    .map((script) => `${doc.path} names npm script ${script}, which package.json does not have`);
}

/** A setting named as code (`DATABASE_URL`, `SMTP_URL=...`, `DATA_DIR/outbox`) must be one Herald or its tests read. */
export function variableProblems(doc: Doc, known: ReadonlySet<string>): string[] {
  const named = inlineCode(doc.text)
    .map((code) => VARIABLE.exec(code)?.[1])
    .filter((name): name is string => name !== undefined);
  return [...new Set(named)].filter((name) => !known.has(name)).map((name) => `${doc.path} names ${name}, which is not a setting Herald or its tests read`);
}

/** The README's text under a `## heading`, up to the next heading of that level; null if missing. */
export function section(text: string, heading: string): string | null {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start === -1) return null;
  const end = lines.findIndex((line, index) => index > start && /^## /.test(line));
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}

/** What each operating section must say, word for word in its commands. */
const REQUIRED_IN_SECTION: Readonly<Record<string, readonly RegExp[]>> = {
  'Running on PostgreSQL': [/\bcreatedb\b/, /DATABASE_URL=postgres(ql)?:\/\//, /npm run herald -- migrate/, /npm start/],
  Upgrading: [/git pull/, /npm ci/, /migrate/],
  'Running with Docker Compose': [
    /docker compose -f docker\/compose\.yaml up --build/,
    /docker compose -f docker\/compose\.yaml logs api/,
    /service create --name/,
  ],
};

export function operatingSectionProblems(readme: string): string[] {
  return Object.entries(REQUIRED_IN_SECTION).flatMap(([heading, patterns]) => {
    const body = section(readme, heading);
    if (body === null) return [`the README has no "## ${heading}" section`];
    return patterns.filter((pattern) => !pattern.test(body)).map((pattern) => `"## ${heading}" does not say ${pattern.source}`);
  });
}

/** A Herald service of the compose file: one built from the Dockerfile. */
export interface ComposeServices {
  readonly [name: string]: { readonly build?: unknown };
}

/**
 * Every `docker compose -f docker/compose.yaml run|exec|logs SERVICE ...` in the README names a
 * service of the compose file, and a CLI run there starts the built CLI that package.json's bin names.
 */
export function composeCommandProblems(readme: string, services: ComposeServices, cliEntry: string): string[] {
  const commands = [...readme.matchAll(/docker compose -f docker\/compose\.yaml (run|exec|logs)((?:\s+-{1,2}[\w-]+)*)\s+([a-z][\w-]*)([^\n]*)/g)];
  const problems = commands.flatMap(([command, verb, , service, rest]) => {
    if (!(service in services)) return [`"${command.trim()}" names ${service}, which is not a service of docker/compose.yaml`];
    if (verb === 'logs') return [];
    if (services[service].build === undefined) return [`"${command.trim()}" runs in ${service}, which is not the Herald image`];
    const program = rest.trim().split(/\s+/);
    if (program[0] === 'node' && program[1] !== cliEntry) return [`"${command.trim()}" runs ${program[1]}, not the CLI ${cliEntry}`];
    return [];
  });
  const runsCli = commands.some(([, verb, , service, rest]) => verb === 'run' && services[service]?.build !== undefined && rest.includes(`node ${cliEntry} `));
  return runsCli ? problems : [...problems, `the README never runs the CLI (node ${cliEntry}) with docker compose run`];
}
