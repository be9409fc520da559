import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
/** What `npm start` runs. */
export const HERALD_MAIN = join(ROOT, 'dist/apps/herald/src/main.js');

/**
 * As `npm start` does first (its prestart): builds dist/ only when it is missing or older than
 * the sources, so the suites run what `npm start` would run.
 */
export function ensureHeraldBuilt(): void {
  execFileSync(process.execPath, [join(ROOT, 'apps/herald/build-if-stale.mjs')], { cwd: ROOT, stdio: 'inherit', timeout: 10 * 60_000 });
}
