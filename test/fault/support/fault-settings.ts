import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigSource, loadTestSettings } from '@herald/config';
import { aTestDatabaseUrl } from '@herald/testing';

/**
 * The settings of one fault test, as environment variables: the in-process API loads them with
 * loadConfig, and a worker process gets them as its whole environment, so both see the same
 * database, Redis, queue prefix and key. Defaults as aTestConfig: a database of the test's own
 * (pass DATABASE_URL to share one on purpose), the shared Redis under a queue prefix of its own.
 */
export async function faultSettings(overrides: ConfigSource = {}): Promise<ConfigSource> {
  return {
    DATABASE_URL: overrides.DATABASE_URL ?? (await aTestDatabaseUrl()),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'herald-fault-')),
    REDIS_URL: loadTestSettings().redisUrl,
    QUEUE_PREFIX: `{herald-fault-${randomBytes(4).toString('hex')}}`,
    ENCRYPTION_KEY: 'c'.repeat(64),
    API_PORT: '0',
    LOG_LEVEL: 'error',
    ...overrides,
  };
}
