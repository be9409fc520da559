import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readlinkSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_VARIABLES } from '@herald/config';

/**
 * What a newcomer has after `git clone`: the files git tracks, plus the untracked ones it does
 * not ignore (so work not yet committed is tried too); no node_modules, dist or data.
 */
export function copyOfRepository(root: string, into: string): void {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  for (const file of new Set(listed.split('\0').filter(Boolean))) {
    const from = join(root, file);
    if (!existsSync(from)) continue; // tracked, but deleted in the working tree
    mkdirSync(dirname(join(into, file)), { recursive: true });
    if (lstatSync(from).isSymbolicLink()) symlinkSync(readlinkSync(from), join(into, file));
    else copyFileSync(from, join(into, file));
  }
}

/** Herald's own settings, the test settings and what npm and jest add for a script they run. */
const NOT_A_NEWCOMERS = [/^npm_/, /^JEST_/, /^TEST_/, /^HERALD_/, /^TWILIO_/, /^(INIT_CWD|FAST_CHECK_SEED|NODE_OPTIONS)$/];

/**
 * The environment of a shell on a newcomer's machine: this process's, less every variable Herald
 * or its tests read and what npm and jest added (jest sets NODE_ENV=test, npm puts
 * node_modules/.bin on the PATH); TMPDIR points at `tmpDir`. CI stays, if it is set.
 */
export function newcomerEnvironment(environment: NodeJS.ProcessEnv, tmpDir: string): NodeJS.ProcessEnv {
  const kept = Object.entries(environment).filter(([name]) => !(name in CONFIG_VARIABLES) && !NOT_A_NEWCOMERS.some((pattern) => pattern.test(name)));
  const path = (environment.PATH ?? '')
    .split(':')
    .filter((entry) => entry !== '' && !entry.includes('node_modules'))
    .join(':');
  return { ...Object.fromEntries(kept), PATH: path, TMPDIR: tmpDir };
}
