import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CookieJar, eventually, signInAtProvider, startCitizenSignIn } from '@herald/testing';
import { freePort } from '../fault/support/free-port';
import { OwnRedis } from '../fault/support/own-redis';
import { ensureHeraldBuilt } from './support/built-herald';
import { LaunchedHerald } from './support/launched-herald';

const MINUTE = 60_000;

/** What `npm start` prints and serves: a short summary, the citizen app with its identity provider, one line per Redis outage edge, and that it stopped. */
describe('what the embedded start prints', () => {
  const redis = new OwnRedis();
  let dataDir: string;
  let herald: LaunchedHerald | undefined;
  let apiUrl: string;
  let citizenUrl: string;
  let identityUrl: string;

  beforeAll(async () => {
    ensureHeraldBuilt();
    await redis.start();
  }, 10 * MINUTE);
  afterAll(() => redis.stop());
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'herald-start-'));
    const apiPort = await freePort();
    apiUrl = `http://127.0.0.1:${apiPort}`;
    const [citizenPort, identityPort] = [await freePort(), await freePort()];
    citizenUrl = `http://localhost:${citizenPort}`;
    identityUrl = `http://127.0.0.1:${identityPort}`;
    herald = LaunchedHerald.start({
      DATA_DIR: dataDir,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: `{herald-start-${randomBytes(4).toString('hex')}}`,
      API_PORT: String(apiPort),
      ADMIN_PORT: String(await freePort()),
      CITIZEN_PORT: String(citizenPort),
      CITIZEN_DEV_IDP_PORT: String(identityPort),
    });
    await herald.waitFor('has not set up their account yet');
  });
  afterEach(async () => {
    await herald?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function status(): Promise<{ code: number; body: Record<string, unknown> }> {
    const response = await fetch(`${apiUrl}/_status`);
    return { code: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it('prints a short summary: where things run, the database, the outbox, the set-up link, how to create a service', () => {
    expect(herald!.lines.length).toBeLessThan(25);
    expect(herald!.count('Mapped {')).toBe(0);
    expect(herald!.count('dependencies initialized')).toBe(0);
    expect(herald!.count('Herald is running: API')).toBe(1);
    expect(herald!.count(`SQLite at ${join(dataDir, 'herald.sqlite')}`)).toBe(1);
    expect(herald!.count(join(dataDir, 'outbox'))).toBe(1);
    expect(herald!.count('/set-up/')).toBe(1);
    expect(herald!.count('service create')).toBe(1);
    expect(herald!.count(`citizen app ${citizenUrl}`)).toBe(1);
    expect(herald!.count(`See what a person sees: open ${citizenUrl} and sign in as alex or sam, with any password.`)).toBe(1);
    expect(herald!.count('oidc-provider')).toBe(0);
  });

  it("R-TR-1: serves the citizen app's start page and the development identity provider's discovery document", async () => {
    const start = await fetch(`${citizenUrl}/`);
    expect(start.status).toBe(200);
    const page = await start.text();
    expect(page).toContain('<h1 class="govuk-heading-xl">Your messages from government</h1>');
    expect(page).toContain('Sign in');

    const discovery = await fetch(`${identityUrl}/.well-known/openid-configuration`);
    expect(discovery.status).toBe(200);
    expect(await discovery.json()).toMatchObject({
      issuer: identityUrl,
      authorization_endpoint: `${identityUrl}/auth`,
      end_session_endpoint: `${identityUrl}/session/end`,
      scopes_supported: expect.arrayContaining(['openid', 'email', 'phone', 'national_id']),
    });
  });

  it("R-TR-1: lets a newcomer sign in as alex on the development provider's pages and see their (empty) messages from the API", async () => {
    const jar = new CookieJar();
    const callback = await signInAtProvider(jar, await startCitizenSignIn(jar, citizenUrl), 'alex');
    const signedIn = await jar.follow(callback, await jar.fetch(callback));

    expect(signedIn.url.href).toBe(`${citizenUrl}/messages`);
    expect(signedIn.response.status).toBe(200);
    expect(await signedIn.response.text()).toContain('No government service has sent you a message yet.');
  });

  it('says that it stopped, after closing everything, and exits 0 on Ctrl-C', async () => {
    expect(await herald!.stop('SIGINT')).toEqual({ code: 0, signal: null });
    expect(herald!.lines.at(-1)).toContain('Herald stopped');
  });

  it(
    'reports a Redis outage in one line when it starts and one when it ends, and /_status says which part is down',
    async () => {
      expect(await status()).toEqual({ code: 200, body: { status: 'ok', database: 'ok', redis: 'ok' } });

      await redis.shutdown();
      await herald!.waitFor('is unreachable');
      await eventually(async () =>
        expect(await status()).toEqual({
          code: 503,
          body: expect.objectContaining({ status: 'error', database: 'ok', redis: 'unavailable', status_code: 503 }) as unknown,
        }),
      );
      await redis.start();
      await herald!.waitFor('Redis is back');
      await eventually(async () => expect((await status()).code).toBe(200));

      expect(herald!.count(`Redis at 127.0.0.1:${redis.port} is unreachable: `)).toBe(1);
      expect(herald!.count('Redis is back')).toBe(1);
      // The one line names its cause: refused, or reset when a command was in flight as Redis stopped.
      expect(herald!.count('ECONNREFUSED') + herald!.count('ECONNRESET')).toBe(1);
      expect(herald!.printed).not.toMatch(/^\s+at /m);
    },
    3 * MINUTE,
  );
});
