import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig } from '@herald/config';
import { createApiApp } from './bootstrap/create-api-app';
import { migrateDatabase } from './bootstrap/migrate-database';

/** The API on its own (production: one of several processes). */
async function main(): Promise<void> {
  const config = loadConfig();
  await migrateDatabase(config);
  const app = await createApiApp(config);
  await app.listen({ port: config.api.port, host: config.api.host });
  new Logger('Herald').log(`API listening on ${config.api.baseUrl} (port ${config.api.port})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
