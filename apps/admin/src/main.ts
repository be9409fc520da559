import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig } from '@herald/config';
import { createAdminApp } from './bootstrap/create-admin-app';

/** The admin web UI on its own (production: one of several processes). */
async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createAdminApp(config);
  await app.listen({ port: config.admin.port, host: config.admin.host });
  new Logger('Herald').log(`Admin listening on ${config.admin.baseUrl} (port ${config.admin.port}), using the API at ${config.admin.internalApiUrl}`);
}

main().catch((error: unknown) => {
  // Through Herald's logger when the configuration loaded (a JSON line under LOG_FORMAT=json), else Nest's.
  new Logger('Herald').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
