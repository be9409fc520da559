import { randomBytes } from 'node:crypto';
import { createServer, Server } from 'node:net';
import { loadTestSettings } from '@herald/config';
import { freePort } from '../fault/support/free-port';
import { LaunchPerTest } from './support/launch-per-test';
import { LaunchedHerald } from './support/launched-herald';

const MINUTE = 60_000;
const { redisUrl, postgresUrl } = loadTestSettings();

/** A start that cannot work says which setting to change and how, once, without a stack trace, and exits non-zero. */
describe('start-up errors of the embedded start', () => {
  const launches = new LaunchPerTest();
  let herald: LaunchedHerald | undefined;
  let squatter: Server | undefined;

  afterEach(async () => {
    await new Promise((resolve) => (squatter ? squatter.close(resolve) : resolve(undefined)));
    squatter = undefined;
  });

  async function occupiedPort(): Promise<number> {
    squatter = createServer();
    await new Promise<void>((resolve) => squatter!.listen(0, '0.0.0.0', resolve));
    return (squatter.address() as { port: number }).port;
  }

  async function failedStart(settings: Record<string, string>): Promise<number | null> {
    herald = launches.start({ REDIS_URL: redisUrl, QUEUE_PREFIX: `{herald-start-${randomBytes(4).toString('hex')}}`, ...settings });
    const { code } = await herald.exit();
    expect(herald.printed).not.toMatch(/^\s+at /m);
    return code;
  }

  it(
    'names API_PORT, once, when the API port is in use',
    async () => {
      const port = await occupiedPort();
      expect(await failedStart({ API_PORT: String(port), ADMIN_PORT: String(await freePort()) })).not.toBe(0);

      expect(herald!.count(`API_PORT ${port} is in use: stop what is using it or set API_PORT to a free port`)).toBe(1);
      expect(herald!.count('EADDRINUSE')).toBe(0);
    },
    2 * MINUTE,
  );

  it(
    'names ADMIN_PORT, once, when the admin port is in use',
    async () => {
      const port = await occupiedPort();
      expect(await failedStart({ API_PORT: String(await freePort()), ADMIN_PORT: String(port) })).not.toBe(0);

      expect(herald!.count(`ADMIN_PORT ${port} is in use: stop what is using it or set ADMIN_PORT to a free port`)).toBe(1);
    },
    2 * MINUTE,
  );

  it(
    "names CITIZEN_PORT, once, when the citizen app's port is in use",
    async () => {
      const port = await occupiedPort();
      const ports = { API_PORT: String(await freePort()), ADMIN_PORT: String(await freePort()), CITIZEN_DEV_IDP_PORT: String(await freePort()) };
      expect(await failedStart({ ...ports, CITIZEN_PORT: String(port) })).not.toBe(0);

      expect(herald!.count(`CITIZEN_PORT ${port} is in use: stop what is using it or set CITIZEN_PORT to a free port`)).toBe(1);
    },
    2 * MINUTE,
  );

  it(
    "names CITIZEN_DEV_IDP_PORT, once, when the development identity provider's port is in use",
    async () => {
      const port = await occupiedPort();
      const ports = { API_PORT: String(await freePort()), ADMIN_PORT: String(await freePort()), CITIZEN_PORT: String(await freePort()) };
      expect(await failedStart({ ...ports, CITIZEN_DEV_IDP_PORT: String(port) })).not.toBe(0);

      expect(herald!.count(`CITIZEN_DEV_IDP_PORT ${port} is in use: stop what is using it or set CITIZEN_DEV_IDP_PORT to a free port`)).toBe(1);
      expect(herald!.count('EADDRINUSE')).toBe(0);
    },
    2 * MINUTE,
  );

  it(
    'names DATABASE_URL and says how to create the database when it does not exist',
    async () => {
      const missing = `herald_missing_${randomBytes(4).toString('hex')}`;
      const url = new URL(postgresUrl);
      url.pathname = `/${missing}`;
      expect(await failedStart({ DATABASE_URL: url.toString(), API_PORT: String(await freePort()), ADMIN_PORT: String(await freePort()) })).not.toBe(0);

      expect(herald!.count(`The database "${missing}" in DATABASE_URL does not exist on ${url.hostname}:${url.port}`)).toBe(1);
      expect(herald!.printed).toContain(`createdb ${missing}`);
      expect(herald!.printed).toContain(`psql -c 'create database ${missing}'`);
    },
    2 * MINUTE,
  );

  it(
    'names DATABASE_URL when nothing answers at its host and port',
    async () => {
      const closedPort = await freePort();
      expect(
        await failedStart({
          DATABASE_URL: `postgres://herald:a-password@127.0.0.1:${closedPort}/herald`,
          API_PORT: String(await freePort()),
          ADMIN_PORT: String(await freePort()),
        }),
      ).not.toBe(0);

      expect(herald!.count(`Nothing answers at 127.0.0.1:${closedPort}, the PostgreSQL server in DATABASE_URL`)).toBe(1);
      expect(herald!.printed).not.toContain('a-password');
    },
    2 * MINUTE,
  );
});
