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
let migrated: Promise<string> | undefined;
let ownDatabase: Promise<string> | undefined;

/**
 * The PostgreSQL database of this test suite (this test file: jest gives each file its own copy
 * of this module), a copy of a migrated one made on first use. No suite sees another's rows: a
 * suite's worker cannot replay what an earlier suite left in `created`, and no figure counts
 * another suite's messages. The databases are dropped when the run ends.
 */
export function suiteDatabaseUrl(): Promise<string> {
  ownDatabase ??= copyOfMigratedDatabase();
  return ownDatabase;
}

async function copyOfMigratedDatabase(): Promise<string> {
  const template = await migratedDatabase();
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  // The jest worker runs one suite at a time, so nothing else is connected to its template.
  await asAdmin((admin) => admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return databaseUrl(name);
}

/** This jest worker's migrated database, the template the suites it runs are copied from: created and migrated once. */
function migratedDatabase(): Promise<string> {
  migrated ??= migrate(`${TEST_DATABASE_PREFIX}${settings.runId}_w${settings.workerId}`);
  return migrated;
}

async function migrate(name: string): Promise<string> {
  await asAdmin(async (admin) => {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name}"`);
  });
  const dataSource = await new DataSource(dataSourceOptions({ database: { type: 'postgres', url: databaseUrl(name) } })).initialize();
  try {
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
  return name;
}

async function asAdmin<T>(work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: settings.postgresUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

function databaseUrl(name: string): string {
  const url = new URL(settings.postgresUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A configuration for one test: this suite's PostgreSQL database, a queue prefix of its own
 * (so parallel tests never take each other's jobs), a fresh data folder and a fixed test key.
 */
export async function aTestConfig(overrides: ConfigSource = {}): Promise<HeraldConfig> {
  return loadConfig({
    DATABASE_URL: await suiteDatabaseUrl(),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'herald-test-')),
    REDIS_URL: settings.redisUrl,
    QUEUE_PREFIX: `{herald-test-${settings.workerId}-${randomBytes(4).toString('hex')}}`,
    ENCRYPTION_KEY: TEST_KEY,
    API_PORT: '0',
    LOG_LEVEL: 'error',
    SWEEP_INTERVAL_SECONDS: '3600',
    // A test's worker must not replay notifications an earlier test of the suite (without a worker)
    // left in `created`, and send them to its own SMTP server.
    REPLAY_AFTER_SECONDS: '1800',
    ...overrides,
  });
}

/** The same, on an embedded SQLite file instead of PostgreSQL. */
export async function aSqliteTestConfig(overrides: ConfigSource = {}): Promise<HeraldConfig> {
  return aTestConfig({ DATABASE_URL: '', ...overrides });
}
