import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Herald is built once, by `npm ci` (the `prepare` script), and again only when a source changed:
 * `npm start` and `npm run herald` run the compiled code directly instead of rebuilding the whole
 * project first (which made every CLI call take 15–40 s).
 */
const ROOT = join(__dirname, '../..');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('building Herald once', () => {
  it('builds in prepare, so `npm ci` leaves a runnable dist/, and skips it without TypeScript (npm ci --omit=dev)', () => {
    expect(scripts.prepare).toBe('if [ -d apps ] && [ -d node_modules/typescript ]; then npm run -s build; fi');
    expect(scripts.build).toMatch(/dist\/\.build-stamp/);
  });

  it('never leaves a half-built dist/ that looks finished', () => {
    // A type error emits nothing (dist/ keeps the last good build, whose paths tsc-alias rewrote) …
    const build = JSON.parse(readFileSync(join(ROOT, 'tsconfig.build.json'), 'utf8')) as { compilerOptions: Record<string, unknown> };
    expect(build.compilerOptions.noEmitOnError).toBe(true);
    // … and the stamp goes first and comes back last, so a build stopped half-way is built again.
    const steps = scripts.build.split(' && ');
    expect(steps[0]).toMatch(/rmSync\('dist\/\.build-stamp'/);
    expect(steps[steps.length - 1]).toMatch(/writeFileSync\('dist\/\.build-stamp'/);
  });

  it('runs the CLI from dist/ with nothing before it', () => {
    expect(scripts.herald).toBe('node dist/apps/cli/src/main.js');
    expect(scripts.preherald).toBeUndefined();
  });

  it('starts without building unless a source changed', () => {
    expect(scripts.prestart).toBe('node apps/herald/build-if-stale.mjs');
    expect(scripts.start).toBe('node dist/apps/herald/src/main.js');
  });

  describe('build-if-stale', () => {
    /** A copy of the script in a project of a few files, with an `npm` on the PATH that only notes its arguments. */
    function aProject(): { root: string; run: () => { builds: string[]; out: string } } {
      const root = mkdtempSync(join(tmpdir(), 'herald-build-once-'));
      for (const dir of ['apps/herald', 'apps/api/src', 'libs/domain/src', 'dist', 'bin']) mkdirSync(join(root, dir), { recursive: true });
      copyFileSync(join(ROOT, 'apps/herald/build-if-stale.mjs'), join(root, 'apps/herald/build-if-stale.mjs'));
      for (const file of [
        'tsconfig.json',
        'tsconfig.build.json',
        'package-lock.json',
        'apps/api/src/main.ts',
        'libs/domain/src/status.ts',
        'apps/api/src/main.spec.ts',
      ]) {
        writeFileSync(join(root, file), '{}');
      }
      const calls = join(root, 'npm-calls');
      writeFileSync(join(root, 'bin/npm'), `#!/bin/sh\necho "$*" >> ${calls}\n`);
      chmodSync(join(root, 'bin/npm'), 0o755);
      const run = () => {
        const result = spawnSync(process.execPath, [join(root, 'apps/herald/build-if-stale.mjs')], {
          env: { ...process.env, PATH: `${join(root, 'bin')}:${process.env.PATH}` },
          encoding: 'utf8',
        });
        expect(result.status).toBe(0);
        return { builds: existsSync(calls) ? readFileSync(calls, 'utf8').trim().split('\n') : [], out: result.stdout };
      };
      return { root, run };
    }

    const SOURCES = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json', 'apps/api/src/main.ts', 'libs/domain/src/status.ts'];
    /** Their times count too: a deleted file changes its folder's. */
    const FOLDERS = ['apps', 'apps/herald', 'apps/api', 'apps/api/src', 'libs', 'libs/domain', 'libs/domain/src'];
    const age = (path: string, secondsAgo: number) => {
      const when = new Date(Date.now() - secondsAgo * 1000);
      utimesSync(path, when, when);
    };

    it('builds when there is no build yet', () => {
      const project = aProject();
      expect(project.run()).toEqual({ builds: ['run -s build'], out: 'Building Herald (there is no build yet) …\n' });
    });

    it('does nothing when the last build is newer than every source', () => {
      const project = aProject();
      for (const path of [...SOURCES, ...FOLDERS]) age(join(project.root, path), 60);
      writeFileSync(join(project.root, 'dist/.build-stamp'), '');
      expect(project.run()).toEqual({ builds: [], out: '' });
    });

    it('builds when a source changed after the last build, but not for a test file', () => {
      const project = aProject();
      for (const path of [...SOURCES, ...FOLDERS]) age(join(project.root, path), 60);
      writeFileSync(join(project.root, 'dist/.build-stamp'), '');
      age(join(project.root, 'dist/.build-stamp'), 30);
      expect(project.run().builds).toEqual([]);

      writeFileSync(join(project.root, 'libs/domain/src/status.ts'), 'export const changed = true;');
      expect(project.run()).toEqual({ builds: ['run -s build'], out: 'Building Herald (sources changed since the last build) …\n' });
    });

    it('builds when a source was deleted after the last build', () => {
      const project = aProject();
      for (const path of [...SOURCES, ...FOLDERS]) age(join(project.root, path), 60);
      writeFileSync(join(project.root, 'dist/.build-stamp'), '');
      age(join(project.root, 'dist/.build-stamp'), 30);
      expect(project.run().builds).toEqual([]);

      rmSync(join(project.root, 'apps/api/src/main.ts'));
      expect(project.run()).toEqual({ builds: ['run -s build'], out: 'Building Herald (sources changed since the last build) …\n' });
    });
  });
});
