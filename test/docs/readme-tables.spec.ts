import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { heraldCli } from '../../apps/cli/src/herald-cli';

// The README's CLI and folder tables are how a newcomer finds their way: a command or a folder
// added without its row fails here.

const ROOT = join(__dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The text of the README section under `heading`, up to the next heading of its level or above. */
function section(heading: string): string {
  const start = README.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`The README has no "${heading}" section`);
  const level = heading.split(' ')[0];
  const rest = README.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`\\n#{1,${level.length}} `));
  return end < 0 ? rest : rest.slice(0, end);
}

/** Every command the CLI offers, as typed after `herald` (`provider disable`), read from its commander tree. */
function commandsOf(command: Command, path: string[] = []): string[] {
  return command.commands.flatMap((sub) => (sub.commands.length ? commandsOf(sub, [...path, sub.name()]) : [[...path, sub.name()].join(' ')]));
}

/** The commands the table's first column names: each backticked command, up to its first option or argument. */
function commandsInTable(text: string): string[] {
  const firstCells = text
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split(' | ')[0].slice(2));
  return firstCells.flatMap((cell) =>
    [...cell.matchAll(/`([^`]+)`/g)]
      .map((match) =>
        match[1]
          .split(' ')
          .filter((word, i, words) => words.slice(0, i + 1).every((w) => /^[a-z][a-z-]*$/.test(w)))
          .join(' '),
      )
      .filter((command) => command !== ''),
  );
}

describe('the README tables', () => {
  it('name every command of the CLI in its table, and no command it does not have', () => {
    const commands = commandsOf(heraldCli(undefined, false));
    expect(commands.length).toBeGreaterThan(30);
    const table = commandsInTable(section('### CLI'));
    expect(commands.filter((command) => !table.includes(command))).toEqual([]);
    expect(table.filter((command) => !commands.includes(command))).toEqual([]);
  });

  it('tell a command missing from the table (the check itself)', () => {
    expect(commandsInTable('| `service create --name NAME` | x |\n| `register list` / `register purposes --service ID` | y |')).toEqual([
      'service create',
      'register list',
      'register purposes',
    ]);
  });

  it('give every app and library a row in the folder table', () => {
    const folders = ['apps', 'libs'].flatMap((parent) =>
      readdirSync(join(ROOT, parent), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${parent}/${entry.name}`),
    );
    expect(folders.length).toBeGreaterThan(15);
    expect(folders.filter((folder) => !README.includes(`| \`${folder}\` |`))).toEqual([]);
  });
});
