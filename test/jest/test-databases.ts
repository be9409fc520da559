import { Client } from 'pg';
import { TEST_DATABASE_PREFIX } from '../../libs/config/src/test-settings';

/**
 * Drops test databases: all of them, or one run's. With `inUse: 'keep'` a database with open
 * connections (another run's) is skipped; with `'drop'` its connections are ended first.
 */
export async function dropTestDatabases(adminUrl: string, options: { inUse: 'keep' | 'drop'; run?: string }): Promise<void> {
  const prefix = options.run ? `${TEST_DATABASE_PREFIX}${options.run}_` : TEST_DATABASE_PREFIX;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database
        WHERE starts_with(datname, $1)
          AND ($2 OR NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = pg_database.datname))`,
      [prefix, options.inUse === 'drop'],
    );
    for (const { datname } of rows) {
      await admin.query(`DROP DATABASE IF EXISTS "${datname}"${options.inUse === 'drop' ? ' WITH (FORCE)' : ''}`).catch(() => undefined);
    }
  } finally {
    await admin.end();
  }
}
