import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from '@herald/testing';
import { freePort } from '../fault/support/free-port';
import { LaunchPerTest } from './support/launch-per-test';
import { processesWorkingIn } from './support/launched-herald';

const MINUTE = 60_000;

/**
 * `npm start` needs nothing but Node beyond the repository: when REDIS_URL is not set and no Redis
 * answers on 127.0.0.1:6379, it runs a redis-server of its own. These starts run in a network
 * namespace of their own, where 127.0.0.1:6379 is free (the machine's shared Redis is not seen).
 */
describe('the embedded start without a Redis', () => {
  const launches = new LaunchPerTest();

  it(
    'starts a private redis-server on 127.0.0.1:6379 with its data under DATA_DIR, and stops it on Ctrl-C',
    async () => {
      const herald = launches.start({}, { ownNetwork: true });
      await herald.waitFor('Herald is running');

      const redisDir = join(launches.dataDir, 'redis');
      expect(herald.count(`No Redis on 127.0.0.1:6379: started a private redis-server on 127.0.0.1:6379 (data in ${redisDir})`)).toBe(1);
      expect(processesWorkingIn(redisDir)).toHaveLength(1);
      expect(existsSync(join(redisDir, 'redis.log'))).toBe(true);

      expect(await herald.stop('SIGINT')).toEqual({ code: 0, signal: null });
      expect(herald.count('Herald stopped')).toBe(1);
      expect(processesWorkingIn(redisDir)).toEqual([]);
    },
    2 * MINUTE,
  );

  it(
    'leaves no redis-server behind even when Herald is killed outright',
    async () => {
      const herald = launches.start({}, { ownNetwork: true });
      await herald.waitFor('Herald is running');
      const redisDir = join(launches.dataDir, 'redis');
      expect(processesWorkingIn(redisDir)).toHaveLength(1);

      await herald.stop('SIGKILL');

      await eventually(async () => expect(processesWorkingIn(redisDir)).toEqual([]));
    },
    2 * MINUTE,
  );

  it(
    'says how to install Redis, and exits non-zero, when there is no redis-server on the PATH',
    async () => {
      const emptyPath = mkdtempSync(join(tmpdir(), 'herald-empty-path-'));
      try {
        const herald = launches.start({}, { ownNetwork: true, path: emptyPath });
        const { code } = await herald.exit();

        expect(code).not.toBe(0);
        expect(herald.printed).toContain('No Redis on 127.0.0.1:6379, and no redis-server on the PATH');
        expect(herald.printed).toContain('apt-get install redis-server');
        expect(herald.printed).toContain('brew install redis');
        expect(herald.printed).toContain('REDIS_URL');
        expect(herald.printed).not.toMatch(/^\s+at /m);
      } finally {
        rmSync(emptyPath, { recursive: true, force: true });
      }
    },
    2 * MINUTE,
  );

  it(
    'starts nothing when REDIS_URL is set, and names REDIS_URL when that Redis does not answer',
    async () => {
      const closedPort = await freePort();
      const herald = launches.start({ REDIS_URL: `redis://127.0.0.1:${closedPort}` });
      const { code } = await herald.exit();

      expect(code).not.toBe(0);
      expect(herald.printed).toContain(`Herald cannot reach Redis at 127.0.0.1:${closedPort} (REDIS_URL)`);
      expect(herald.printed).not.toContain('private redis-server');
      expect(existsSync(join(launches.dataDir, 'redis'))).toBe(false);
      expect(herald.printed).not.toMatch(/^\s+at /m);
    },
    2 * MINUTE,
  );
});
