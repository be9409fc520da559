import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONFIG_VARIABLES } from '@herald/config';
import { configTableProblem, currentConfigBlock, renderConfigBlock, replaceConfigBlock } from './config-table';
import {
  composeCommandProblems,
  ComposeServices,
  Doc,
  linkProblems,
  operatingSectionProblems,
  pathProblems,
  scriptProblems,
  variableProblems,
} from './readme-checks';
import { TEST_VARIABLES } from './test-variables';

// The README and docs/ are read as a newcomer reads them: every link, path, npm script and
// setting they name must exist, and the settings tables must be the ones libs/config generates.

const ROOT = join(__dirname, '..', '..');
const readText = (path: string): string | null => (existsSync(join(ROOT, path)) ? readFileSync(join(ROOT, path), 'utf8') : null);
const README: Doc = { path: 'README.md', text: readText('README.md') ?? '' };
const DOCS: Doc[] = [
  README,
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ path: `docs/${name}`, text: readText(`docs/${name}`) ?? '' })),
];
const PACKAGE = JSON.parse(readText('package.json') ?? '{}') as { scripts: Record<string, string>; bin: Record<string, string> };
const KNOWN_VARIABLES = new Set([...Object.keys(CONFIG_VARIABLES), ...Object.keys(TEST_VARIABLES)]);
const COMPOSE = parse(readText('docker/compose.yaml') ?? '', { merge: true }) as { services: ComposeServices };
const CLI_ENTRY = PACKAGE.bin.herald;

describe('the README settings tables', () => {
  it('are the ones generated from libs/config (run npm run docs:config)', () => {
    // The problem names the fix: the test output is where a contributor first sees the drift.
    expect(configTableProblem(README.text)).toBeNull();
  });

  it('list every test setting that libs/config/src/test-settings.ts reads, with its default', () => {
    const source = readText('libs/config/src/test-settings.ts') ?? '';
    const read = [...source.matchAll(/source\.([A-Z][A-Z0-9_]*)(?:\s*\?\?\s*'([^']*)')?/g)];
    expect(Object.keys(TEST_VARIABLES).sort()).toEqual([...new Set(read.map(([, name]) => name))].sort());
    for (const [, name, fallback] of read) {
      if (fallback !== undefined) expect([name, TEST_VARIABLES[name as keyof typeof TEST_VARIABLES].default]).toEqual([name, fallback]);
    }
  });

  it('name every variable Herald reads, and each only once', () => {
    const block = currentConfigBlock(README.text) ?? '';
    for (const name of KNOWN_VARIABLES) expect([name, block.split(`| \`${name}\` |`).length - 1]).toEqual([name, 1]);
  });
});

describe('the README and docs/', () => {
  it('link only to files and headings in the repository', () => {
    expect(DOCS.flatMap((doc) => linkProblems(doc, ROOT, readText))).toEqual([]);
  });

  it('name only paths that exist', () => {
    expect(DOCS.flatMap((doc) => pathProblems(doc, ROOT))).toEqual([]);
  });

  it('name only npm scripts that package.json has', () => {
    expect(DOCS.flatMap((doc) => scriptProblems(doc, PACKAGE.scripts))).toEqual([]);
  });

  it('name only settings that Herald or its tests read', () => {
    expect(DOCS.flatMap((doc) => variableProblems(doc, KNOWN_VARIABLES))).toEqual([]);
  });

  it('include the architecture, the style guide and the API reference', () => {
    for (const path of ['docs/architecture.md', 'docs/style.md', 'docs/api.md']) {
      expect([path, README.text.includes(`](${path})`)]).toEqual([path, true]);
    }
  });
});

describe('the README on operating Herald', () => {
  it('says how to run on PostgreSQL, how to upgrade and how to run with Docker Compose', () => {
    expect(operatingSectionProblems(README.text)).toEqual([]);
  });

  it('runs the CLI in a service of docker/compose.yaml built from the Herald image', () => {
    expect(composeCommandProblems(README.text, COMPOSE.services, CLI_ENTRY)).toEqual([]);
  });
});

// The checks above pass on today's files; these show each one would catch the mistake it is for.
describe('the README checks', () => {
  const doc = (text: string, path = 'README.md'): Doc => ({ path, text });

  it('report a settings table that differs from the generated one, or has no markers', () => {
    const edited = replaceConfigBlock(README.text, renderConfigBlock().replace('| `API_PORT` | `3000` |', '| `API_PORT` | `8080` |'));
    expect(configTableProblem(edited)).toBe("The README's settings tables differ from libs/config/src/config-variables.ts: run npm run docs:config");
    expect(configTableProblem(README.text.replace('<!-- config-table:end -->', ''))).toMatch(/^README.md needs the markers/);
  });

  it('report a link outside the repository, a missing file and a missing heading', () => {
    const text = 'See [the architecture](../shared/ARCHITECTURE.md), [style](docs/nothing.md) and [API](docs/api.md#no-such-heading).';
    expect(linkProblems(doc(text), ROOT, readText)).toEqual([
      'README.md links to ../shared/ARCHITECTURE.md, outside the repository',
      'README.md links to docs/nothing.md, which is not in the repository',
      'README.md links to docs/api.md#no-such-heading, but docs/api.md has no heading #no-such-heading',
    ]);
  });

  it('resolve a link from docs/ relative to its own folder, and ignore web addresses and code', () => {
    const text = '[readme](../README.md#configuration) is outside docs/ but inside the repository; [x](https://example.com); `[y](nowhere.md)`';
    expect(linkProblems(doc(text, 'docs/api.md'), ROOT, readText)).toEqual(['docs/api.md links to ../README.md#configuration, outside the repository']);
  });

  it('report a path that does not exist, but not a glob or a placeholder', () => {
    const text = 'Read `libs/config/src/nothing.ts`, `test/fault/*.fault-spec.ts` and `data/outbox/<id>.eml`.';
    expect(pathProblems(doc(text), ROOT)).toEqual(['README.md names libs/config/src/nothing.ts, which is not in the repository']);
  });

  it('report an npm script package.json does not have', () => {
    expect(scriptProblems(doc('Run `npm run -s herald -- migrate`, `npm start` and `npm run start:everything`.'), PACKAGE.scripts)).toEqual([
      'README.md names npm script start:everything, which package.json does not have',
    ]);
  });

  it('report a setting Herald does not read, in any of the forms the README writes', () => {
    const text = 'Set `SMTP_HOST`, `REDIS_PASSWORD=x`, `OUTBOX_DIR/email`, but not `TWILIO_*` or `DATA_DIR`.';
    expect(variableProblems(doc(text), KNOWN_VARIABLES)).toEqual([
      'README.md names SMTP_HOST, which is not a setting Herald or its tests read',
      'README.md names REDIS_PASSWORD, which is not a setting Herald or its tests read',
      'README.md names OUTBOX_DIR, which is not a setting Herald or its tests read',
    ]);
  });

  it('report a missing operating section and a section without its command', () => {
    const readme = README.text.replace('## Upgrading', '## Upgrades').replace(/createdb/g, 'make-a-database');
    expect(operatingSectionProblems(readme)).toEqual(['"## Running on PostgreSQL" does not say \\bcreatedb\\b', 'the README has no "## Upgrading" section']);
  });

  it('report a CLI command in a service compose does not have, or outside the Herald image', () => {
    const text = [
      'docker compose -f docker/compose.yaml run --rm -T herald node dist/apps/cli/src/main.js service create --name X --json',
      'docker compose -f docker/compose.yaml run --rm postgres node dist/apps/cli/src/main.js migrate',
      'docker compose -f docker/compose.yaml run --rm api node dist/apps/cli/main.js migrate',
    ].join('\n');
    expect(composeCommandProblems(text, COMPOSE.services, CLI_ENTRY)).toEqual([
      '"docker compose -f docker/compose.yaml run --rm -T herald node dist/apps/cli/src/main.js service create --name X --json" names herald, which is not a service of docker/compose.yaml',
      '"docker compose -f docker/compose.yaml run --rm postgres node dist/apps/cli/src/main.js migrate" runs in postgres, which is not the Herald image',
      '"docker compose -f docker/compose.yaml run --rm api node dist/apps/cli/main.js migrate" runs dist/apps/cli/main.js, not the CLI dist/apps/cli/src/main.js',
      'the README never runs the CLI (node dist/apps/cli/src/main.js) with docker compose run',
    ]);
  });
});
