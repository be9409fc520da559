import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig } from '@herald/config';
import { createCitizenApp } from './bootstrap/create-citizen-app';

/** The citizen web app on its own (production: one of several processes). */
async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createCitizenApp(config);
  await app.listen({ port: config.citizen.port, host: config.citizen.host });
  const signIn = config.citizen.oidc.issuer ? `people sign in with ${config.citizen.oidc.issuer}` : 'sign-in is off (set CITIZEN_OIDC_ISSUER)';
  new Logger('Herald').log(
    `Citizen app listening on ${config.citizen.baseUrl} (port ${config.citizen.port}), using the API at ${config.citizen.apiUrl}; ${signIn}`,
  );
}

main().catch((error: unknown) => {
  // Through Herald's logger when the configuration loaded (a JSON line under LOG_FORMAT=json), else Nest's.
  new Logger('Herald').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
