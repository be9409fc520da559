import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigSource } from './config-variables';
import { loadConfig } from './load-config';

const load = (source: ConfigSource) => loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'herald-retry-config-')), ...source });

describe('delivery retry settings', () => {
  it('retries 10 attempts in all, from 30 s, within 4 hours, by default', () => {
    expect(load({}).retry).toEqual({ maxAttempts: 10, baseSeconds: 30, maxTotalSeconds: 14_400 });
  });

  it('reads each setting', () => {
    expect(load({ DELIVERY_RETRY_MAX_ATTEMPTS: '3', DELIVERY_RETRY_BASE_SECONDS: '1', DELIVERY_RETRY_MAX_TOTAL_SECONDS: '5' }).retry).toEqual({
      maxAttempts: 3,
      baseSeconds: 1,
      maxTotalSeconds: 5,
    });
  });

  it.each<[ConfigSource, string]>([
    [{ DELIVERY_RETRY_MAX_ATTEMPTS: '0' }, 'DELIVERY_RETRY_MAX_ATTEMPTS: must be a whole number from 1 to 100, not "0"'],
    [{ DELIVERY_RETRY_BASE_SECONDS: '1.5' }, 'DELIVERY_RETRY_BASE_SECONDS: must be a whole number from 1 to 86400, not "1.5"'],
    [{ DELIVERY_RETRY_MAX_TOTAL_SECONDS: 'four hours' }, 'DELIVERY_RETRY_MAX_TOTAL_SECONDS: must be a whole number from 1 to 604800, not "four hours"'],
  ])('refuses %j, naming the variable', (source, message) => {
    expect(() => load(source)).toThrow(message);
  });
});
