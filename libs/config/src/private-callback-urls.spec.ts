import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigSource } from './config-variables';
import { loadConfig } from './load-config';

const production = { NODE_ENV: 'production', ENCRYPTION_KEY: 'a'.repeat(64) };
const allowed = (source: ConfigSource) =>
  loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'herald-callback-config-')), ...source }).callbacks.allowPrivateUrls;

/** One rule for the API, the admin, the worker and the CLI: where a callback URL may point. */
describe('private callback URLs', () => {
  it('are allowed in development, so callbacks can reach the developer’s own machine', () => {
    expect(allowed({})).toBe(true);
    expect(allowed({ NODE_ENV: 'development' })).toBe(true);
  });

  it('are allowed in tests', () => {
    expect(allowed({ NODE_ENV: 'test' })).toBe(true);
  });

  it('are refused in production', () => {
    expect(allowed(production)).toBe(false);
  });

  it('are allowed in production when ALLOW_PRIVATE_CALLBACK_URLS=true', () => {
    expect(allowed({ ...production, ALLOW_PRIVATE_CALLBACK_URLS: 'true' })).toBe(true);
  });

  it('are refused in development when ALLOW_PRIVATE_CALLBACK_URLS=false', () => {
    expect(allowed({ ALLOW_PRIVATE_CALLBACK_URLS: 'false' })).toBe(false);
    expect(allowed({ NODE_ENV: 'test', ALLOW_PRIVATE_CALLBACK_URLS: 'false' })).toBe(false);
  });

  it('refuses any other value, naming the variable', () => {
    expect(() => allowed({ ALLOW_PRIVATE_CALLBACK_URLS: 'yes' })).toThrow('ALLOW_PRIVATE_CALLBACK_URLS: must be one of true, false, not "yes"');
  });
});
