import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

// The image prunes devDependencies (docker/Dockerfile: `npm prune --omit=dev`), so a production
// module that imports a devDependency builds fine and then cannot start. This does what the
// image does, outside the repository (so nothing resolves from its node_modules): install
// production dependencies only, build, and load every module of every app.

const ROOT = join(__dirname, '..', '..');
const run = promisify(execFile);
const MINUTES = 60_000;
/** What the image's runtime stage copies besides dist and node_modules (read at run time). */
const RUNTIME_FILES = ['templates', 'apps/admin/views', 'apps/admin/assets'];

/** Loads every built module except the entry files (they start the app), and checks that every module an entry file imports resolves. */
const LOAD_EVERY_MODULE = `
const fs = require('fs'), path = require('path');
const files = [];
const walk = (dir) => { for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
  const p = path.join(dir, e.name);
  if (e.isDirectory()) walk(p); else if (p.endsWith('.js')) files.push(p);
} };
walk('dist/apps'); walk('dist/libs');
const failures = [];
let loaded = 0, entries = 0;
for (const file of files) {
  try {
    if (path.basename(file) === 'main.js') {
      entries += 1;
      const source = fs.readFileSync(file, 'utf8');
      for (const [, name] of source.matchAll(/require\\("([^"]+)"\\)/g)) require.resolve(name, { paths: [path.dirname(path.resolve(file))] });
    } else {
      require(path.resolve(file));
      loaded += 1;
    }
  } catch (error) {
    failures.push(file + ': ' + error.message.split('\\n')[0]);
  }
}
try {
  // Letters embed a font from a package, resolved at run time.
  require(path.resolve('dist/libs/templating/src/index.js')).loadLetterLayout();
} catch (error) {
  failures.push('letter layout: ' + error.message.split('\\n')[0]);
}
console.log(JSON.stringify({ loaded, entries, failures }));
`;

/** Production dependencies that no source names: loaded by another package by name. */
const LOADED_BY_NAME: Readonly<Record<string, string>> = {
  pg: 'TypeORM loads the PostgreSQL driver by name',
  rxjs: 'a peer dependency of @nestjs/core',
};

describe('the production image: production dependencies only', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'herald-production-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads every module of every app with devDependencies left out', async () => {
    for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(ROOT, file), join(dir, file));
    for (const folder of RUNTIME_FILES) cpSync(join(ROOT, folder), join(dir, folder), { recursive: true });
    // Install scripts are skipped: better-sqlite3's native build is loaded only when a database
    // opens, and what is checked here is that every imported package is there at all.
    await run('npm', ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: dir, timeout: 8 * MINUTES });
    expect(existsSync(join(dir, 'node_modules', 'jest'))).toBe(false);
    expect(existsSync(join(dir, 'node_modules', 'typescript'))).toBe(false);

    const outDir = join(dir, 'dist');
    const tsc = join(ROOT, 'node_modules', '.bin', 'tsc');
    const tscAlias = join(ROOT, 'node_modules', '.bin', 'tsc-alias');
    await run(tsc, ['-p', 'tsconfig.build.json', '--outDir', outDir, '--tsBuildInfoFile', join(dir, 'build.tsbuildinfo')], { cwd: ROOT, timeout: 8 * MINUTES });
    await run(tscAlias, ['-p', 'tsconfig.build.json', '--outDir', outDir], { cwd: ROOT, timeout: 2 * MINUTES });

    const { stdout } = await run(process.execPath, ['-e', LOAD_EVERY_MODULE], { cwd: dir, timeout: 4 * MINUTES, env: { PATH: process.env.PATH ?? '' } });
    const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { loaded: number; entries: number; failures: string[] };
    expect(result.failures).toEqual([]);
    expect(result.entries).toBe(5);
    expect(result.loaded).toBeGreaterThan(300);
  }, 20 * MINUTES);

  it('has no production dependency that nothing uses', async () => {
    const dependencies = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
    const { stdout } = await run('git', ['ls-files', 'apps', 'libs', 'templates'], { cwd: ROOT });
    const sources = stdout.split('\n').filter((file) => /\.(ts|json)$/.test(file) && !/spec\.ts$/.test(file) && !file.startsWith('libs/testing/'));
    const text = sources.map((file) => readFileSync(join(ROOT, file), 'utf8')).join('\n');
    const unused = dependencies.filter((name) => !(name in LOADED_BY_NAME) && !text.includes(`'${name}`) && !text.includes(`"${name}`));
    expect(unused).toEqual([]);
  });
});
