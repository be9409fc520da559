// `npm start` runs this first: it builds Herald only when dist/ is missing or older than a source
// file, so a start after `npm ci` (which builds once, in `prepare`) does not rebuild. Plain
// JavaScript, because it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// `npm run build` writes this last, so its time is when the whole build finished.
const stamp = join(root, 'dist', '.build-stamp');
const SOURCE = /\.ts$/;
const TEST = /\.(spec|int-spec|e2e-spec)\.ts$/;

// A folder's own time changes when a file in it is added, renamed or deleted: a deleted source
// must rebuild too, or dist/ keeps the compiled file.
function newestSource(dir) {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (SOURCE.test(entry.name) && !TEST.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function staleBecause() {
  if (!existsSync(stamp)) return 'there is no build yet';
  const built = statSync(stamp).mtimeMs;
  const configs = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].map((name) => statSync(join(root, name)).mtimeMs);
  if (Math.max(newestSource(join(root, 'apps')), newestSource(join(root, 'libs')), ...configs) > built) return 'sources changed since the last build';
  return null;
}

const reason = staleBecause();
if (reason !== null) {
  process.stdout.write(`Building Herald (${reason}) …\n`);
  const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
