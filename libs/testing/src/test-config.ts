import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ConfigSource, HeraldConfig, loadConfig, loadTestSettings, TEST_DATABASE_PREFIX } from '@herald/config';
import { dataSourceOptions, runMigrations } from '@herald/persistence';

const settings = loadTestSettings();
const TEST_KEY = 'c'.repeat(64);
let prepared: Promise<string> | undefined;

/** The PostgreSQL database of this jest worker: created on first use and migrated once. */
export function workerDatabaseUrl(): Promise<string> {
  prepared ??= prepareWorkerDatabase();
  return prepared;
}

async function prepareWorkerDatabase(): Promise<string> {
  const name = `${TEST_DATABASE_PREFIX}${settings.runId}_w${settings.workerId}`;
  const admin = new Client({ connectionString: settings.postgresUrl });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(settings.postgresUrl);
  url.pathname = `/${name}`;
  const dataSource = await new DataSource(dataSourceOptions({ database: { type: 'postgres', url: url.toString() } })).initialize();
  try {
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
  return url.toString();
}

/**
 * A configuration for one test: this worker's PostgreSQL database, a queue prefix of its own
 * (so parallel tests never take each other's jobs), a fresh data folder and a fixed test key.
 */
export async function aTestConfig(overrides: ConfigSource = {}): Promise<HeraldConfig> {
  return loadConfig({
    DATABASE_URL: await workerDatabaseUrl(),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'herald-test-')),
    REDIS_URL: settings.redisUrl,
    QUEUE_PREFIX: `{herald-test-${settings.workerId}-${randomBytes(4).toString('hex')}}`,
    ENCRYPTION_KEY: TEST_KEY,
    API_PORT: '0',
    LOG_LEVEL: 'error',
    SWEEP_INTERVAL_SECONDS: '3600',
    // Suites of one jest worker share a database: a suite's worker must not replay notifications an
    // earlier suite (without a worker) left in `created` minutes ago, and send them to its own SMTP.
    REPLAY_AFTER_SECONDS: '1800',
    ...overrides,
  });
}

/** The same, on an embedded SQLite file instead of PostgreSQL. */
export async function aSqliteTestConfig(overrides: ConfigSource = {}): Promise<HeraldConfig> {
  return aTestConfig({ DATABASE_URL: '', ...overrides });
}
