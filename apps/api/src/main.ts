import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig } from '@herald/config';
import { HeraldLogger } from '@herald/logging';
import { exitApiOnSignals } from './bootstrap/api-shutdown';
import { createApiApp } from './bootstrap/create-api-app';
import { migrateDatabase } from './bootstrap/migrate-database';
import { FirstStartService, setUpLinkMessage } from './internal/accounts/first-start.service';

/** The API on its own (production: one of several processes). */
async function main(): Promise<void> {
  const config = loadConfig();
  // Before the migrations log anything, so every line is in LOG_FORMAT.
  const heraldLogger = HeraldLogger.from(config, 'api');
  Logger.overrideLogger(heraldLogger);
  await migrateDatabase(config);
  const app = await createApiApp(config, { shutdownHooks: false, logger: heraldLogger });
  exitApiOnSignals(app);
  await app.listen({ port: config.api.port, host: config.api.host });
  const logger = new Logger('Herald');
  const { port } = app.getHttpServer().address() as { port: number };
  logger.log(`API listening on ${config.api.baseUrl} (port ${port})`);
  const setUpLink = await app.get(FirstStartService).ensurePlatformAdmin();
  if (setUpLink) logger.log(setUpLinkMessage(setUpLink));
}

main().catch((error: unknown) => {
  // Through Herald's logger when the configuration loaded (a JSON line under LOG_FORMAT=json), else Nest's.
  new Logger('Herald').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
