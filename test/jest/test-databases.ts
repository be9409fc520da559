import { Client } from 'pg';
import { TEST_DATABASE_PREFIX } from '../../libs/config/src/test-settings';

/** A run id that starts with the time the run began (seconds since 1970), so stale runs can be told apart. */
export function testRunId(startedAt: Date, random: string): string {
  return `${Math.floor(startedAt.getTime() / 1000)}_${random}`;
}

function startedAtSeconds(databaseName: string): number | null {
  const match = /^(\d{10})_/.exec(databaseName.slice(TEST_DATABASE_PREFIX.length));
  return match ? Number(match[1]) : null;
}

/**
 * Drops test databases (ending their connections first): one run's, or those of runs that began
 * more than `olderThanHours` ago (and any whose name carries no start time, from older layouts).
 */
export async function dropTestDatabases(adminUrl: string, which: { run: string } | { olderThanHours: number }): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [TEST_DATABASE_PREFIX]);
    const cutoff = Date.now() / 1000 - ('olderThanHours' in which ? which.olderThanHours * 3600 : 0);
    const doomed = rows
      .map((row) => row.datname)
      .filter((name) => {
        if ('run' in which) return name.startsWith(`${TEST_DATABASE_PREFIX}${which.run}_`);
        const started = startedAtSeconds(name);
        return started === null || started < cutoff;
      });
    for (const name of doomed) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
