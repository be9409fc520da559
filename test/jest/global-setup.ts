import { Client } from 'pg';
import { loadTestSettings } from '../../libs/config/src/test-settings';

/**
 * Each run starts from empty worker databases: the ones a previous run left are dropped here,
 * and each jest worker creates and migrates its own on first use.
 */
export default async function globalSetup(): Promise<void> {
  const admin = new Client({ connectionString: loadTestSettings().postgresUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'herald\\_test\\_w%'");
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
