import { randomUUID } from 'node:crypto';
import { ConfigSource, HeraldConfig } from '@herald/config';
import { aSqliteTestConfig, runHeraldCli } from '@herald/testing';

const PRODUCTION: ConfigSource = { NODE_ENV: 'production' };
const LOOPBACK_REFUSED = /127\.0\.0\.1 is a loopback address; callbacks go only to public addresses/;

/** A fresh SQLite installation with one service, as a newcomer has after `npm start`. */
async function anInstallation(overrides: ConfigSource = {}): Promise<{ config: HeraldConfig; serviceId: string }> {
  const config = await aSqliteTestConfig(overrides);
  const created = await runHeraldCli(config, 'service', 'create', '--name', `Callbacks ${randomUUID().slice(0, 8)}`, '--json');
  expect(created).toMatchObject({ code: 0 });
  return { config, serviceId: String((JSON.parse(created.out) as { id: string }).id) };
}

const setCallback = (config: HeraldConfig, serviceId: string, url: string) =>
  runHeraldCli(config, 'callback', 'set', '--service', serviceId, '--type', 'delivery-status', '--url', url, '--token', 'a long enough token', '--json');

/** `herald callback set` follows the same rule as `npm start`: private URLs unless NODE_ENV=production. */
describe('herald callback set with a URL on this machine', () => {
  it('is accepted in development, so callbacks can reach a department endpoint on localhost', async () => {
    const { config, serviceId } = await anInstallation();
    const result = await setCallback(config, serviceId, 'http://127.0.0.1:9/cb');
    expect(result).toMatchObject({ code: 0 });
    expect(JSON.parse(result.out)).toMatchObject({ service_id: serviceId, url: 'http://127.0.0.1:9/cb' });
  });

  it('is refused in production', async () => {
    const { config, serviceId } = await anInstallation(PRODUCTION);
    // https, so the refusal is for the address, not for plain http (which production refuses too).
    const result = await setCallback(config, serviceId, 'https://127.0.0.1:9/cb');
    expect(result.code).not.toBe(0);
    expect(`${result.out}${result.err}`).toMatch(LOOPBACK_REFUSED);
  });

  it('is accepted in production when ALLOW_PRIVATE_CALLBACK_URLS=true', async () => {
    const { config, serviceId } = await anInstallation({ ...PRODUCTION, ALLOW_PRIVATE_CALLBACK_URLS: 'true' });
    expect(await setCallback(config, serviceId, 'https://127.0.0.1:9/cb')).toMatchObject({ code: 0 });
  });

  it('is refused in development when ALLOW_PRIVATE_CALLBACK_URLS=false', async () => {
    const { config, serviceId } = await anInstallation({ ALLOW_PRIVATE_CALLBACK_URLS: 'false' });
    const result = await setCallback(config, serviceId, 'http://127.0.0.1:9/cb');
    expect(result.code).not.toBe(0);
    expect(`${result.out}${result.err}`).toMatch(LOOPBACK_REFUSED);
  });
});
