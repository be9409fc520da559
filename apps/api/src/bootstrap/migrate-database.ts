import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { HeraldConfig } from '@herald/config';
import { dataSourceOptions, runMigrations } from '@herald/persistence';

/** Brings the schema up to date before the API takes requests. */
export async function migrateDatabase(config: HeraldConfig): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(config)).initialize();
  try {
    const applied = await runMigrations(dataSource);
    if (applied.length) new Logger('Migrations').log(`Applied ${applied.join(', ')}`);
  } finally {
    await dataSource.destroy();
  }
}
