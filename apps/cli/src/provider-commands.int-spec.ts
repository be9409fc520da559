import { HeraldConfig } from '@herald/config';
import { SmsProvider } from '@herald/domain';
import { SmsProviderSelector } from '@herald/providers';
import { aSqliteTestConfig, eventually, HeraldUnderTest, runHeraldCli } from '@herald/testing';

const herald = runHeraldCli;

const twilioAccounts = {
  SMS_PROVIDERS: 'twilio:10,twilio-b:5',
  TWILIO_ACCOUNT_SID: `AC${'a'.repeat(32)}`,
  TWILIO_AUTH_TOKEN: 'token-a',
  TWILIO_FROM_NUMBER: '+447700900999',
  TWILIO_API_BASE_URL: 'http://127.0.0.1:9',
  TWILIO_B_ACCOUNT_SID: `AC${'b'.repeat(32)}`,
  TWILIO_B_AUTH_TOKEN: 'token-b',
  TWILIO_B_FROM_NUMBER: '+447700900998',
  TWILIO_B_API_BASE_URL: 'http://127.0.0.1:9',
};

describe('switching SMS providers off and on from the CLI', () => {
  let running: HeraldUnderTest;
  let config: HeraldConfig;

  beforeAll(async () => {
    // Its own SQLite database: a worker on the shared one would replay texts other suites left `created`,
    // and their sends would show in the window this suite counts.
    config = await aSqliteTestConfig(twilioAccounts);
    running = await HeraldUnderTest.start(config, { worker: true });
  });

  afterAll(() => running?.stop());

  it('takes a provider out of rotation for every worker, and puts it back', async () => {
    const workerSelector = running.worker!.get(SmsProviderSelector);
    expect((await workerSelector.choose()).name).toBe('twilio');

    expect(await herald(config, 'provider', 'disable', 'twilio', '--json')).toEqual({
      code: 0,
      out: `${JSON.stringify({ name: 'twilio', enabled: false })}\n`,
      err: '',
    });
    await eventually(async () => expect((await workerSelector.choose()).name).toBe('twilio-b'));

    expect(await herald(config, 'provider', 'enable', 'twilio')).toEqual({ code: 0, out: 'SMS provider twilio is switched on\n', err: '' });
    await eventually(async () => expect((await workerSelector.choose()).name).toBe('twilio'));
  });

  it('lists each provider by priority with its switch and its window (too few sends yet to judge the first)', async () => {
    await herald(config, 'provider', 'disable', 'twilio-b');
    const twilio: SmsProvider = { name: 'twilio', send: () => Promise.reject(new Error('not sent in this test')) };
    for (const [ok, latencyMs] of [
      [false, 100],
      [true, 300],
      [false, 200],
      [true, 400],
    ] as const) {
      await running.worker!.get(SmsProviderSelector).record(twilio, { ok, latencyMs });
    }
    const listed = await herald(config, 'provider', 'list', '--json');
    expect(listed).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(listed.out)).toEqual({
      window_seconds: 30,
      providers: [
        {
          name: 'twilio',
          priority: 10,
          enabled: true,
          failed_over: false,
          healthy: true,
          reason: null,
          sends: 4,
          error_rate_percent: 50,
          average_latency_ms: 250,
          slow_percent: 0,
        },
        {
          name: 'twilio-b',
          priority: 5,
          enabled: false,
          failed_over: false,
          healthy: true,
          reason: null,
          sends: 0,
          error_rate_percent: 0,
          average_latency_ms: 0,
          slow_percent: 0,
        },
      ],
    });
    expect((await herald(config, 'provider', 'list')).out).toBe(
      'twilio  priority 10  healthy  last 30 s: 4 sends, 50% failed, average 250 ms\ntwilio-b  priority 5  switched off  last 30 s: 0 sends, 0% failed, average 0 ms\n',
    );
    await herald(config, 'provider', 'enable', 'twilio-b');
  });

  it('refuses a provider that is not configured, naming the ones that are', async () => {
    expect(await herald(config, 'provider', 'disable', 'mmg')).toEqual({
      code: 1,
      out: '',
      err: 'herald: SMS provider mmg not found (configured: twilio, twilio-b)\n',
    });
  });
});
