import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { HeraldConfig } from '@herald/config';
import { dataSourceOptions, runMigrations } from '@herald/persistence';
import { explainDatabaseError } from './database-start-error';

/** Brings the schema up to date before the API takes requests. A database that cannot be reached is reported with the fix. */
export async function migrateDatabase(config: HeraldConfig): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(config))
    .initialize()
    .catch((error: unknown) => Promise.reject(explainDatabaseError(config, error)));
  try {
    const applied = await runMigrations(dataSource);
    if (applied.length) new Logger('Migrations').log(`Applied ${applied.join(', ')}`);
  } finally {
    await dataSource.destroy();
  }
}
