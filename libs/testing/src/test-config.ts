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

/**
 * A PostgreSQL database of its own, a copy of a migrated one: one for each Herald under test, so no
 * test sees another's rows (a test's worker cannot replay what an earlier test left in `created`,
 * and no figure counts another test's messages). Two Heralds that share a database on purpose (an
 * API and worker processes, a restart) pass the same URL on. The databases are dropped when the
 * run ends.
 */
export async function aTestDatabaseUrl(): Promise<string> {
  const template = await migratedDatabase();
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  // The jest worker runs one suite at a time and nothing connects to its template after migrating,
  // so the copy never finds it busy.
  await asAdmin((admin) => admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return databaseUrl(name);
}

/** A PostgreSQL database with nothing in it, not even Herald's tables (for tests of migrating); dropped when the run ends. */
export async function anEmptyTestDatabaseUrl(): Promise<string> {
  const name = `${TEST_DATABASE_PREFIX}${settings.runId}_empty_${randomBytes(4).toString('hex')}`;
  await asAdmin((admin) => admin.query(`CREATE DATABASE "${name}"`));
  return databaseUrl(name);
}

/** This jest worker's migrated database, the template every database it hands out is copied from: created and migrated once. */
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
 * A configuration for one Herald under test: a PostgreSQL database of its own (unless the overrides
 * name one, to share it on purpose), a queue prefix of its own (so parallel tests never take each
 * other's jobs), a fresh data folder and a fixed test key.
 */
export async function aTestConfig(overrides: ConfigSource = {}): Promise<HeraldConfig> {
  return loadConfig({
    DATABASE_URL: overrides.DATABASE_URL ?? (await aTestDatabaseUrl()),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'herald-test-')),
    REDIS_URL: settings.redisUrl,
    QUEUE_PREFIX: `{herald-test-${settings.workerId}-${randomBytes(4).toString('hex')}}`,
    ENCRYPTION_KEY: TEST_KEY,
    API_PORT: '0',
    LOG_LEVEL: 'error',
    SWEEP_INTERVAL_SECONDS: '3600',
    ...overrides,
  });
}

/** The same, on an embedded SQLite file (in the fresh data folder) instead of PostgreSQL. */
export async function aSqliteTestConfig(overrides: ConfigSource = {}): Promise<HeraldConfig> {
  return aTestConfig({ DATABASE_URL: '', ...overrides });
}
