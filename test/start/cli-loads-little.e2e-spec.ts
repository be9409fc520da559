import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureHeraldBuilt } from './support/built-herald';

const ROOT = join(__dirname, '../..');

/**
 * Issue 10, point 1: the built CLI loads only what a command needs, with no application boot. A
 * command that writes to the database opens it through the application services: no app's code, no
 * web server, no queue, no mail or SMS client, no PDF library, no views (libs/sending is loaded
 * only by the `message` commands, pdfkit, fontkit and pdf-lib only by a letter's render or check);
 * `--help` loads not even the database.
 */
describe('what the built CLI loads', () => {
  jest.setTimeout(15 * 60_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'herald-cli-loads-'));
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'development', LOG_LEVEL: 'error' };
  // Preloaded into the CLI's process: at exit it writes the path of every module that was loaded.
  const tracker = join(dataDir, 'loaded-modules.js');
  writeFileSync(
    tracker,
    "process.on('exit', () => require('fs').writeFileSync(process.env.LOADED_MODULES_FILE, JSON.stringify(Object.keys(require.cache))));\n",
  );

  beforeAll(() => ensureHeraldBuilt());

  function loadedBy(...args: string[]): { out: string; modules: string[] } {
    const file = join(dataDir, `loaded-${Date.now()}.json`);
    const out = execFileSync(process.execPath, ['--require', tracker, join(ROOT, 'dist/apps/cli/src/main.js'), ...args], {
      env: { ...env, LOADED_MODULES_FILE: file },
      encoding: 'utf8',
    });
    return { out, modules: JSON.parse(readFileSync(file, 'utf8')) as string[] };
  }

  const packagesIn = (modules: string[]): Set<string> =>
    new Set(modules.map((path) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1]).filter((name): name is string => name !== undefined));

  it('creates an API key without any app, web server, queue, mail or SMS client, PDF library or views, and still through the database', () => {
    const service = JSON.parse(loadedBy('service', 'create', '--name', 'Loads little', '--json').out) as { id: string };
    const { out, modules } = loadedBy('api-key', 'create', '--service', service.id, '--name', 'Back office', '--type', 'normal', '--json');
    expect(JSON.parse(out)).toEqual(expect.objectContaining({ key: expect.any(String) }));
    const packages = packagesIn(modules);
    expect(packages).toContain('typeorm');
    expect(packages).toContain('better-sqlite3');
    for (const heavy of [
      '@nestjs/core',
      '@nestjs/platform-fastify',
      'fastify',
      'bullmq',
      '@nestjs/bullmq',
      'nodemailer',
      'twilio',
      'pdfkit',
      'fontkit',
      'pdf-lib',
      'nunjucks',
      'govuk-frontend',
      'openid-client',
      'oidc-provider',
    ]) {
      expect({ heavy, loaded: packages.has(heavy) }).toEqual({ heavy, loaded: false });
    }
    expect(modules.filter((path) => /dist\/apps\/(api|worker|admin|herald)\//.test(path))).toEqual([]);
  });

  it('answers --help without the database or the configuration', () => {
    const { out, modules } = loadedBy('--help');
    expect(out).toContain('Usage: herald');
    const packages = packagesIn(modules);
    for (const heavy of ['typeorm', 'better-sqlite3', 'pg', 'ioredis', '@nestjs/core']) {
      expect({ heavy, loaded: packages.has(heavy) }).toEqual({ heavy, loaded: false });
    }
  });
});
