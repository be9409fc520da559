import { CONFIG_VARIABLES } from '@herald/config';
import { TEST_VARIABLES } from './test-variables';

/** One row of a settings table: a variable, its default as written in the list, and its meaning. */
export interface SettingRow {
  readonly name: string;
  readonly default: string;
  readonly description: string;
}

export const CONFIG_TABLE_START = '<!-- config-table:start -->';
export const CONFIG_TABLE_END = '<!-- config-table:end -->';

const HEADER = ['| variable | default | meaning |', '| --- | --- | --- |'];
/** A variable's name as it is written in prose: capitals, digits and at least one underscore. */
const VARIABLE_NAME = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g;

/**
 * The README's block between the config-table markers: every variable Herald reads
 * (CONFIG_VARIABLES, in its order), then the few that only the tests read.
 */
export function renderConfigBlock(): string {
  const herald = rows(CONFIG_VARIABLES);
  const tests = rows(TEST_VARIABLES);
  const known = new Set([...herald, ...tests].map((row) => row.name));
  return [
    '<!-- Generated from libs/config/src/config-variables.ts and test/docs/test-variables.ts: edit those, then run `npm run docs:config`. -->',
    '',
    ...renderTable(herald, known),
    '',
    '**Settings the tests read.** Herald never reads these; the test suites (`npm test`) do, through',
    '`libs/config/src/test-settings.ts`. The defaults suit a machine with PostgreSQL and Redis on',
    'their usual local ports.',
    '',
    ...renderTable(tests, known),
  ].join('\n');
}

/** The README with its config block replaced by `block`; throws when the markers are missing. */
export function replaceConfigBlock(readme: string, block: string): string {
  const start = readme.indexOf(CONFIG_TABLE_START);
  const end = readme.indexOf(CONFIG_TABLE_END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`README.md needs the markers ${CONFIG_TABLE_START} and ${CONFIG_TABLE_END}, in that order`);
  }
  return `${readme.slice(0, start + CONFIG_TABLE_START.length)}\n${block}\n${readme.slice(end)}`;
}

/** What is wrong with the README's settings tables, with the fix; null when they are the generated ones. */
export function configTableProblem(readme: string): string | null {
  const block = currentConfigBlock(readme);
  if (block === null) return `README.md needs the markers ${CONFIG_TABLE_START} and ${CONFIG_TABLE_END} around its settings tables`;
  return block === renderConfigBlock() ? null : "The README's settings tables differ from libs/config/src/config-variables.ts: run npm run docs:config";
}

/** The text between the markers as the README has it now, or null without markers. */
export function currentConfigBlock(readme: string): string | null {
  const start = readme.indexOf(CONFIG_TABLE_START);
  const end = readme.indexOf(CONFIG_TABLE_END);
  if (start === -1 || end === -1 || end < start) return null;
  return readme.slice(start + CONFIG_TABLE_START.length, end).trim();
}

function rows(variables: Readonly<Record<string, { readonly default: string; readonly description: string }>>): SettingRow[] {
  return Object.entries(variables).map(([name, { default: value, description }]) => ({ name, default: value, description }));
}

function renderTable(rows: readonly SettingRow[], known: ReadonlySet<string>): string[] {
  return [...HEADER, ...rows.map((row) => `| \`${row.name}\` | ${renderDefault(row.default, known)} | ${cell(codeNames(row.description, known))} |`)];
}

/** `(unset: outbox)` is prose and loses its brackets; anything else is a literal value. */
function renderDefault(value: string, known: ReadonlySet<string>): string {
  const prose = /^\((.*)\)$/.exec(value);
  return cell(prose ? codeNames(prose[1], known) : `\`${value}\``);
}

/**
 * Outside the spans that already are code: writes the names of known variables as code, and
 * escapes `<` so that `<notification id>` is shown rather than taken for an HTML tag.
 */
function codeNames(text: string, known: ReadonlySet<string>): string {
  return text
    .split('`')
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/</g, '\\<').replace(VARIABLE_NAME, (name) => (known.has(name) ? `\`${name}\`` : name))))
    .join('`');
}

/** A pipe would end the cell early. */
const cell = (text: string): string => text.replace(/\|/g, '\\|');
