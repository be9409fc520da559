import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearerFor, CookieJar, eventually, signInAtProvider, startCitizenSignIn } from '@herald/testing';
import { freePort } from '../fault/support/free-port';
import { OwnRedis } from '../fault/support/own-redis';
import { ensureHeraldBuilt } from './support/built-herald';
import { LaunchedHerald } from './support/launched-herald';

const MINUTE = 60_000;
const HERALD_CLI = join(__dirname, '../../dist/apps/cli/src/main.js');

/** What `npm start` prints and serves: a short summary, the citizen app with its identity provider, one line per Redis outage edge, and that it stopped. */
describe('what the embedded start prints', () => {
  const redis = new OwnRedis();
  let dataDir: string;
  let herald: LaunchedHerald | undefined;
  let apiUrl: string;
  let citizenUrl: string;
  let identityUrl: string;
  let settings: Record<string, string>;

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
    settings = {
      DATA_DIR: dataDir,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: `{herald-start-${randomBytes(4).toString('hex')}}`,
      API_PORT: String(apiPort),
      ADMIN_PORT: String(await freePort()),
      CITIZEN_PORT: String(citizenPort),
      CITIZEN_DEV_IDP_PORT: String(identityPort),
      // The replay sweep queues what an outage left behind: every 2 s here, not every minute.
      SWEEP_INTERVAL_SECONDS: '2',
    };
    herald = LaunchedHerald.start(settings);
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

  /** The built CLI on the running Herald's database, as a newcomer runs it in a second terminal. */
  function cli(...args: string[]): Record<string, unknown> {
    const out = execFileSync(process.execPath, [HERALD_CLI, ...args, '--json'], { env: { ...process.env, ...settings, DATABASE_URL: '' }, encoding: 'utf8' });
    return JSON.parse(out) as Record<string, unknown>;
  }

  it(
    'stays at two lines through a 30-second outage with sends going on, counts them in the closing line, and sends them all once Redis is back',
    async () => {
      const service = String(cli('service', 'create', '--name', 'Outage service', '--live').id);
      const content = join(dataDir, 'template.txt');
      writeFileSync(content, 'Hello ((name))');
      const template = String(
        cli('template', 'create', '--service', service, '--type', 'email', '--name', 'Hello', '--subject', 'Hello', '--content-file', content).id,
      );
      const secret = String(cli('api-key', 'create', '--service', service, '--name', 'Outage key', '--type', 'normal').key).slice(-36);
      const send = async () => {
        const response = await fetch(`${apiUrl}/v2/notifications/email`, {
          method: 'POST',
          headers: { authorization: bearerFor(service, secret), 'content-type': 'application/json' },
          body: JSON.stringify({ email_address: 'outage@example.gov.uk', template_id: template, personalisation: { name: 'Sam' } }),
        });
        expect(response.status).toBe(201);
        return ((await response.json()) as { id: string }).id;
      };
      const status = async (id: string) =>
        ((await (await fetch(`${apiUrl}/v2/notifications/${id}`, { headers: { authorization: bearerFor(service, secret) } })).json()) as { status: string })
          .status;

      const before = herald!.lines.length;
      await redis.shutdown();
      await herald!.waitFor('is unreachable');
      // The case: half a minute without Redis while a department keeps sending.
      const started = Date.now();
      const sent: string[] = [];
      while (Date.now() - started < 30_000 || sent.length < 10) {
        sent.push(await send());
        await new Promise((resolve) => setTimeout(resolve, 2_000));
      }
      await redis.start();
      await herald!.waitFor('Redis is back');

      const during = herald!.lines.slice(before);
      expect(during).toHaveLength(2);
      expect(during[0]).toMatch(/Redis at 127\.0\.0\.1:\d+ is unreachable: /);
      expect(during[1]).toMatch(/Redis is back after \d+ s; while it was down, /);
      expect(during[1]).toContain(`${sent.length} notifications were stored but not queued: the replay sweep will queue them`);
      // Each send takes a token and checks its daily limit: two checks a send that could not be made.
      expect(during[1]).toContain(`a limit could not be checked ${2 * sent.length} times (the sends went through)`);
      expect(during[1]).toContain(`${sent.length} API requests were not recorded in the request log`);
      // Nothing accepted is lost: the sweep queues them, and each is delivered (to the outbox).
      for (const id of sent) await eventually(async () => expect(await status(id)).toBe('delivered'), 3 * MINUTE);
      expect(herald!.printed).not.toMatch(/^\s+at /m);
    },
    6 * MINUTE,
  );
});
