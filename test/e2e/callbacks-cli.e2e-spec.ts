import { DataSource } from 'typeorm';
import { aTestConfig, HeraldUnderTest, LoopbackCallbacks, runHeraldCli } from '@herald/testing';
import { aDepartmentOn } from './support/callback-departments';

/**
 * Setting a department's callback with `herald callback set` (docs/api-contract.md §10): what the
 * command refuses, and how it stores the bearer token. Nothing is sent, so no worker runs.
 */
describe('callbacks to departments: herald callback set', () => {
  const endpoints = new LoopbackCallbacks();
  let herald: HeraldUnderTest;

  beforeAll(async () => {
    await endpoints.start();
    herald = await HeraldUnderTest.start(await aTestConfig({ API_BASE_URL: 'https://api.herald.example', ALLOW_PRIVATE_CALLBACK_URLS: 'true' }));
  });

  afterAll(async () => {
    await herald?.stop();
    await endpoints.stop();
  });

  const aDepartment = () => aDepartmentOn(herald, endpoints);

  it('keeps the bearer token encrypted in the database', async () => {
    const department = await aDepartment();
    // What is at rest is the point here, so the table itself is read.
    const [row] = (await herald
      .get(DataSource)
      .query('SELECT url, bearer_token FROM service_callbacks WHERE service_id = $1', [department.serviceId])) as Array<{ url: string; bearer_token: string }>;
    expect(row.url).toBe(endpoints.url(department.path));
    expect(row.bearer_token).not.toContain(department.token);
    expect(row.bearer_token).not.toContain(department.token.slice(6, 20));
  });

  it('refuses a token shorter than 10 characters and an unknown type', async () => {
    const service = await herald.scenario.aService();
    expect(
      await runHeraldCli(
        herald.config,
        'callback',
        'set',
        '--service',
        service.id,
        '--type',
        'delivery-status',
        '--url',
        endpoints.url('/x'),
        '--token',
        'short',
      ),
    ).toMatchObject({ code: 1, err: 'herald: --token: Bearer token must be at least 10 characters\n' });
    expect(
      await runHeraldCli(
        herald.config,
        'callback',
        'set',
        '--service',
        service.id,
        '--type',
        'letters',
        '--url',
        endpoints.url('/x'),
        '--token',
        'long enough token',
      ),
    ).toMatchObject({ code: 1, err: 'herald: --type must be one of delivery-status, inbound-sms, complaint, message-status, not "letters"\n' });
  });

  it('refuses a loopback URL unless ALLOW_PRIVATE_CALLBACK_URLS is on, and http in production', async () => {
    const service = await herald.scenario.aService();
    const strict = { ...herald.config, callbacks: { ...herald.config.callbacks, allowPrivateUrls: false } };
    expect(
      await runHeraldCli(
        strict,
        'callback',
        'set',
        '--service',
        service.id,
        '--type',
        'delivery-status',
        '--url',
        'http://localhost:9/cb',
        '--token',
        'long enough token',
      ),
    ).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^herald: --url http:\/\/localhost:9\/cb: (127\.0\.0\.1|::1) is a loopback address; callbacks go only to public addresses\n$/),
    });
    const production = { ...strict, environment: 'production' as const };
    expect(
      await runHeraldCli(
        production,
        'callback',
        'set',
        '--service',
        service.id,
        '--type',
        'delivery-status',
        '--url',
        'http://callbacks.example.gov.uk/cb',
        '--token',
        'long enough token',
      ),
    ).toMatchObject({ code: 1, err: 'herald: --url http://callbacks.example.gov.uk/cb: Enter a URL that starts with https://\n' });
  });
});
