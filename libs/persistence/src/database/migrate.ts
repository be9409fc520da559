import { DataSource } from 'typeorm';

const MIGRATION_LOCK = 7_264_281; // any constant shared by every Herald process

/**
 * Applies pending migrations. On PostgreSQL an advisory lock makes processes that start together
 * take turns, so only the first one migrates.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const postgres = dataSource.options.type === 'postgres';
  const runner = dataSource.createQueryRunner();
  try {
    if (postgres) await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    if (postgres) await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    await runner.release();
  }
}
