import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig } from '@herald/config';
import { assertRedisReachable } from '@herald/queue';
import { createApiApp } from '../../api/src/bootstrap/create-api-app';
import { migrateDatabase } from '../../api/src/bootstrap/migrate-database';
import { createWorkerContext } from '../../worker/src/create-worker-context';
import { createAdminApp } from '../../admin/src/bootstrap/create-admin-app';
import { FirstStartService, setUpLinkMessage } from '../../api/src/internal/accounts/first-start.service';

/**
 * The embedded default: API, worker and admin web UI in one process, SQLite under DATA_DIR, outbox providers
 * unless SMTP is configured. Production runs the apps as separate processes instead.
 */
async function main(): Promise<void> {
  const loaded = loadConfig();
  // One machine for everything: a department's test endpoint is usually on localhost.
  const config = Object.freeze({ ...loaded, callbacks: Object.freeze({ ...loaded.callbacks, allowPrivateUrls: true }) });
  const logger = new Logger('Herald');
  await assertRedisReachable(config.redisUrl);
  await migrateDatabase(config);
  await createWorkerContext(config);
  const api = await createApiApp(config);
  await api.listen({ port: config.api.port, host: config.api.host });
  const admin = await createAdminApp(config);
  await admin.listen({ port: config.admin.port, host: config.admin.host });
  const where = config.database.type === 'sqlite' ? `SQLite at ${config.database.path}` : 'PostgreSQL';
  logger.log(`Herald is running. API: ${config.api.baseUrl}  Admin: ${config.admin.baseUrl}  Database: ${where}`);
  logger.log(config.smtpUrl ? 'Email goes to the SMTP server in SMTP_URL.' : `No SMTP_URL set: emails are written to ${config.outboxDir}/email as .eml files.`);
  logger.log('Callback URLs may point at loopback and private addresses here (ALLOW_PRIVATE_CALLBACK_URLS is on for the embedded start).');
  logger.log('Create a service and an API key with: npm run herald -- service create --name "My service" --json');
  const setUpLink = await api.get(FirstStartService).ensurePlatformAdmin();
  if (setUpLink) logger.log(setUpLinkMessage(setUpLink));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
