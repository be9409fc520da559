import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ConfigModule, HeraldConfig } from '@herald/config';
import { PersistenceModule, runMigrations } from '@herald/persistence';

/**
 * The CLI needs only the database: no Redis, no HTTP. It migrates first, so it works on a fresh
 * installation before Herald has ever started.
 */
export async function openCliContext(config: HeraldConfig): Promise<INestApplicationContext> {
  @Module({ imports: [ConfigModule.forRoot(config), PersistenceModule] })
  class CliModule {}
  const context = await NestFactory.createApplicationContext(CliModule, { logger: ['error'] });
  await runMigrations(context.get(DataSource));
  return context;
}
