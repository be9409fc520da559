import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderConfigBlock, replaceConfigBlock } from './config-table';

// `npm run docs:config`: rewrites the README's settings tables from libs/config's variable list.
// Compiled before it runs (test/docs/tsconfig.json), so the repository root is found by walking up.

function repositoryRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'README.md'))) return dir;
  }
  throw new Error(`No README.md and package.json above ${from}`);
}

const readmePath = join(repositoryRoot(__dirname), 'README.md');
const before = readFileSync(readmePath, 'utf8');
const after = replaceConfigBlock(before, renderConfigBlock());
if (after === before) {
  process.stdout.write('README.md: the settings tables are up to date\n');
} else {
  writeFileSync(readmePath, after);
  process.stdout.write('README.md: settings tables rewritten from libs/config/src/config-variables.ts\n');
}
