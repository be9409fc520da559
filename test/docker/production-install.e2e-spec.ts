import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

// The image prunes devDependencies (docker/Dockerfile: `npm prune --omit=dev`), so a production
// module that imports a devDependency builds fine and then cannot start. This does what the
// image does, outside the repository (so nothing resolves from its node_modules): install
// production dependencies only, build, load every module of every app, and run the built CLI
// as the README's Docker Compose section does (no TypeScript there).

const ROOT = join(__dirname, '..', '..');
const run = promisify(execFile);
const MINUTES = 60_000;
/** What the image's runtime stage copies besides dist and node_modules (read at run time). */
const RUNTIME_FILES = ['templates', 'apps/admin/views', 'apps/admin/assets', 'apps/citizen/views', 'apps/citizen/assets'];

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

/** The CLI as package.json's bin names it, the way the image runs it. */
const CLI = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: { herald: string } }).bin.herald;

/** Production dependencies that no source names: loaded by another package by name. */
const LOADED_BY_NAME: Readonly<Record<string, string>> = {
  pg: 'TypeORM loads the PostgreSQL driver by name',
  rxjs: 'a peer dependency of @nestjs/core',
  '@napi-rs/canvas': "PDF.js (pdfjs-dist) loads it by name to draw the admin's letter page images in Node",
};

describe('the production image: production dependencies only', () => {
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'herald-production-'));
    for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(ROOT, file), join(dir, file));
    for (const folder of RUNTIME_FILES) cpSync(join(ROOT, folder), join(dir, folder), { recursive: true });
    // Install scripts are skipped (so `prepare` does not try to build without TypeScript, and
    // nothing is downloaded); better-sqlite3's native module, which the image builds in its
    // install script, is copied from the repository's own install of the same locked version.
    await run('npm', ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: dir, timeout: 8 * MINUTES });
    cpSync(join(ROOT, 'node_modules', 'better-sqlite3', 'build'), join(dir, 'node_modules', 'better-sqlite3', 'build'), { recursive: true });

    const outDir = join(dir, 'dist');
    const tsc = join(ROOT, 'node_modules', '.bin', 'tsc');
    const tscAlias = join(ROOT, 'node_modules', '.bin', 'tsc-alias');
    await run(tsc, ['-p', 'tsconfig.build.json', '--outDir', outDir, '--tsBuildInfoFile', join(dir, 'build.tsbuildinfo')], { cwd: ROOT, timeout: 8 * MINUTES });
    await run(tscAlias, ['-p', 'tsconfig.build.json', '--outDir', outDir], { cwd: ROOT, timeout: 2 * MINUTES });
  }, 20 * MINUTES);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has no devDependency installed, TypeScript included', async () => {
    expect(existsSync(join(dir, 'node_modules', 'jest'))).toBe(false);
    expect(existsSync(join(dir, 'node_modules', 'typescript'))).toBe(false);
    await expect(run(process.execPath, ['-e', "require.resolve('typescript')"], { cwd: dir, env: { PATH: process.env.PATH ?? '' } })).rejects.toThrow(
      /Cannot find module 'typescript'/,
    );
  });

  it(
    'loads every module of every app with devDependencies left out',
    async () => {
      const { stdout } = await run(process.execPath, ['-e', LOAD_EVERY_MODULE], { cwd: dir, timeout: 4 * MINUTES, env: { PATH: process.env.PATH ?? '' } });
      const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { loaded: number; entries: number; failures: string[] };
      expect(result.failures).toEqual([]);
      expect(result.entries).toBe(6);
      expect(result.loaded).toBeGreaterThan(300);
    },
    5 * MINUTES,
  );

  it(
    'runs the built CLI: --help, --version, a service and an API key made on SQLite, and the service listed',
    async () => {
      // As in the image: production, an explicit key, and the data folder outside the code.
      const env = { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ENCRYPTION_KEY: randomBytes(32).toString('hex'), DATA_DIR: join(dir, 'data') };
      const herald = async (...args: string[]): Promise<string> =>
        (await run(process.execPath, [CLI, ...args], { cwd: dir, env, timeout: 2 * MINUTES })).stdout;

      expect(await herald('--help')).toMatch(/service/);
      const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
      expect((await herald('--version')).trim()).toBe(version);
      const service = JSON.parse(await herald('service', 'create', '--name', 'Production image', '--json')) as { id: string };
      expect(service.id).toMatch(/^[0-9a-f-]{36}$/);
      const key = JSON.parse(await herald('api-key', 'create', '--service', service.id, '--name', 'backend', '--type', 'normal', '--json')) as {
        id: string;
        key: string;
      };
      expect(key.key).toContain(service.id);
      const listed = JSON.parse(await herald('service', 'list', '--json')) as { services: Array<{ id: string; name: string }> };
      expect(listed.services).toEqual([expect.objectContaining({ id: service.id, name: 'Production image' })]);
      expect(existsSync(join(dir, 'data'))).toBe(true);
    },
    5 * MINUTES,
  );

  it('has no production dependency that nothing uses', async () => {
    const dependencies = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
    // Tracked and new files, as they are in the working tree (a file deleted but not yet committed is gone).
    const { stdout } = await run('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'apps', 'libs', 'templates'], { cwd: ROOT });
    const sources = stdout
      .split('\n')
      .filter((file) => /\.(ts|mjs|json)$/.test(file) && !/spec\.ts$/.test(file) && !file.startsWith('libs/testing/'))
      .filter((file) => existsSync(join(ROOT, file)));
    const text = sources.map((file) => readFileSync(join(ROOT, file), 'utf8')).join('\n');
    const unused = dependencies.filter((name) => !(name in LOADED_BY_NAME) && !text.includes(`'${name}`) && !text.includes(`"${name}`));
    expect(unused).toEqual([]);
  });
});
