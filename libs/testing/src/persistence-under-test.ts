import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ConfigModule, HeraldConfig } from '@herald/config';
import { PersistenceModule, runMigrations } from '@herald/persistence';
import { aSqliteTestConfig, aTestConfig } from './test-config';

/** The persistence layer alone (config + repositories), migrated, for repository tests. */
export async function openPersistence(config: HeraldConfig): Promise<INestApplicationContext> {
  @Module({ imports: [ConfigModule.forRoot(config), PersistenceModule] })
  class PersistenceUnderTest {}
  const app = await NestFactory.createApplicationContext(PersistenceUnderTest, { logger: false });
  await runMigrations(app.get(DataSource));
  return app;
}

/** For `describe.each`: every repository test runs on both databases Herald supports. */
export const BOTH_DATABASES: ReadonlyArray<readonly [string, () => Promise<HeraldConfig>]> = [
  ['PostgreSQL', () => aTestConfig()],
  ['SQLite', () => aSqliteTestConfig()],
];
