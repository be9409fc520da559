import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from './config-error';
import { loadConfig } from './load-config';

const KEY = 'a'.repeat(64);
const tempDir = () => mkdtempSync(join(tmpdir(), 'herald-config-'));

describe('loadConfig', () => {
  it('uses the embedded defaults when nothing is set', () => {
    const dataDir = tempDir();
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config.database).toEqual({ type: 'sqlite', path: join(dataDir, 'herald.sqlite') });
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.api.port).toBe(3000);
    expect(config.api.baseUrl).toBe('http://localhost:3000');
    expect(config.smtpUrl).toBeNull();
    expect(config.outboxDir).toBe(join(dataDir, 'outbox'));
  });

  it('generates the embedded encryption key once and keeps it under DATA_DIR', () => {
    const dataDir = tempDir();
    const first = loadConfig({ DATA_DIR: dataDir });
    const second = loadConfig({ DATA_DIR: dataDir });
    expect(first.encryptionKey).toHaveLength(32);
    expect(second.encryptionKey.equals(first.encryptionKey)).toBe(true);
    expect(readFileSync(join(dataDir, 'encryption.key'), 'utf8').trim()).toBe(first.encryptionKey.toString('hex'));
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATA_DIR: tempDir(), DATABASE_URL: 'postgres://u@h:5432/db' });
    expect(config.database).toEqual({ type: 'postgres', url: 'postgres://u@h:5432/db' });
  });

  it.each([
    [{ API_PORT: 'eighty' }, 'API_PORT'],
    [{ API_PORT: '70000' }, 'API_PORT'],
    [{ REDIS_URL: 'http://x' }, 'REDIS_URL'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ SMTP_URL: 'not a url' }, 'SMTP_URL'],
    [{ ENCRYPTION_KEY: 'short' }, 'ENCRYPTION_KEY'],
    [{ NODE_ENV: 'production' }, 'ENCRYPTION_KEY'],
    [{ WORKER_CONCURRENCY: '0' }, 'WORKER_CONCURRENCY'],
    [{ SMTP_MAX_CONNECTIONS: '0' }, 'SMTP_MAX_CONNECTIONS'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ LOG_FORMAT: 'xml' }, 'LOG_FORMAT'],
  ])('refuses %p, naming %s', (source, variable) => {
    expect(() => loadConfig({ DATA_DIR: tempDir(), ...source })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: tempDir(), ...source })).toThrow(new RegExp(`^${variable}: `));
  });

  it('keeps one SMTP connection per concurrent send unless SMTP_MAX_CONNECTIONS says otherwise', () => {
    expect(loadConfig({ DATA_DIR: tempDir(), WORKER_CONCURRENCY: '8' }).smtpMaxConnections).toBe(8);
    expect(loadConfig({ DATA_DIR: tempDir(), WORKER_CONCURRENCY: '8', SMTP_MAX_CONNECTIONS: '3' }).smtpMaxConnections).toBe(3);
  });

  it('accepts an explicit key in production, as hex or base64', () => {
    const hex = loadConfig({ NODE_ENV: 'production', ENCRYPTION_KEY: KEY, DATA_DIR: tempDir() });
    const b64 = loadConfig({ NODE_ENV: 'production', ENCRYPTION_KEY: Buffer.from(KEY, 'hex').toString('base64'), DATA_DIR: tempDir() });
    expect(hex.encryptionKey.equals(b64.encryptionKey)).toBe(true);
    expect(hex.environment).toBe('production');
  });

  it('runs on a standalone Redis unless REDIS_CLUSTER=true', () => {
    expect(loadConfig({ DATA_DIR: tempDir() }).redisCluster).toBe(false);
    const config = loadConfig({ DATA_DIR: tempDir(), REDIS_CLUSTER: 'true', REDIS_URL: 'redis://10.0.0.5:7000', QUEUE_PREFIX: 'prod-{herald}' });
    expect(config.redisCluster).toBe(true);
    expect(config.redisUrl).toBe('redis://10.0.0.5:7000');
    expect(config.queuePrefix).toBe('prod-{herald}');
    expect(loadConfig({ DATA_DIR: tempDir(), REDIS_CLUSTER: 'true', REDIS_URL: 'redis://h:7000' }).queuePrefix).toBe('{herald}');
  });

  it.each([
    [{ REDIS_CLUSTER: 'yes' }, 'REDIS_CLUSTER', /must be one of true, false/],
    [{ REDIS_CLUSTER: 'true' }, 'REDIS_URL', /is required when REDIS_CLUSTER=true/],
    [{ REDIS_CLUSTER: 'true', REDIS_URL: 'redis://h:7000/2' }, 'REDIS_URL', /database 0/],
    [{ REDIS_CLUSTER: 'true', REDIS_URL: 'redis://h:7000', QUEUE_PREFIX: 'herald' }, 'QUEUE_PREFIX', /must contain a \{hash tag\}.*e\.g\. \{herald\}/],
    [{ REDIS_CLUSTER: 'true', REDIS_URL: 'redis://h:7000', QUEUE_PREFIX: '{}herald' }, 'QUEUE_PREFIX', /"\{\}herald" has none/],
    [{ REDIS_CLUSTER: 'true', REDIS_URL: 'redis://h:7000', QUEUE_PREFIX: 'herald}{' }, 'QUEUE_PREFIX', /hash tag/],
  ])('refuses the cluster settings %p, naming %s', (source, variable, problem) => {
    const load = () => loadConfig({ DATA_DIR: tempDir(), ...source });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(new RegExp(`^${variable}: `));
    expect(load).toThrow(problem);
  });

  it('does not ask a standalone Redis for a hash tag', () => {
    expect(loadConfig({ DATA_DIR: tempDir(), QUEUE_PREFIX: 'herald' }).queuePrefix).toBe('herald');
  });

  it('freezes the result', () => {
    const config = loadConfig({ DATA_DIR: tempDir() });
    expect(Object.isFrozen(config.api)).toBe(true);
  });
});
