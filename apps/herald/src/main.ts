import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { HeraldConfig, loadConfig } from '@herald/config';
import { heraldLoggerOptions } from '@herald/logging';
import { redisAddress } from '@herald/redis';
import { createApiApp } from '../../api/src/bootstrap/create-api-app';
import { migrateDatabase } from '../../api/src/bootstrap/migrate-database';
import { createWorkerContext } from '../../worker/src/create-worker-context';
import { createAdminApp } from '../../admin/src/bootstrap/create-admin-app';
import { createCitizenApp } from '../../citizen/src/bootstrap/create-citizen-app';
import { FirstStartService, setUpLinkMessage } from '../../api/src/internal/accounts/first-start.service';
import { signInLine, startDevelopmentIdentity } from './development-identity';
import { embeddedRedis } from './embedded-redis';
import { EmbeddedHerald } from './embedded-herald';
import { listenOn } from './listen-on';
import { QuietNestLogger } from './quiet-nest-logger';

const logger = new Logger('Herald');
/** Set once the configuration is loaded: how a failed start is reported. */
let failureLogger: QuietNestLogger | undefined;

/**
 * The embedded default: API, worker, admin web UI and citizen web app (with a development identity
 * provider to sign in with) in one process, SQLite under DATA_DIR, outbox providers unless SMTP is
 * configured, and a private redis-server when no Redis runs. Production runs the apps as separate
 * processes instead.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const nestLogger = new QuietNestLogger(heraldLoggerOptions(config, 'herald'));
  failureLogger = nestLogger;
  Logger.overrideLogger(nestLogger);
  const herald = new EmbeddedHerald(logger);
  stopOnSignals(herald);
  try {
    herald.redis = await embeddedRedis(config, logger);
    await migrateDatabase(config);
    herald.worker = await createWorkerContext(config, { shutdownHooks: false, logger: nestLogger });
    const api = await createApiApp(config, { shutdownHooks: false, logger: nestLogger });
    herald.api = api;
    await listenOn(api, config.api.port, config.api.host, 'API_PORT');
    const admin = await createAdminApp(config, { shutdownHooks: false, logger: nestLogger });
    herald.admin = admin;
    await listenOn(admin, config.admin.port, config.admin.host, 'ADMIN_PORT');
    if (config.citizen.oidc.useDevelopmentProvider) herald.identityProvider = await startDevelopmentIdentity(config);
    const citizen = await createCitizenApp(config, { shutdownHooks: false, logger: nestLogger });
    herald.citizen = citizen;
    await listenOn(citizen, config.citizen.port, config.citizen.host, 'CITIZEN_PORT');
    printSummary(config, herald);
    const setUpLink = await api.get(FirstStartService).ensurePlatformAdmin();
    if (setUpLink) logger.log(setUpLinkMessage(setUpLink));
  } catch (error) {
    await herald.close();
    throw error;
  }
}

function printSummary(config: HeraldConfig, herald: EmbeddedHerald): void {
  const database = config.database.type === 'sqlite' ? `SQLite at ${config.database.path}` : 'PostgreSQL (DATABASE_URL)';
  const redis = `Redis at ${redisAddress(config.redisUrl)}${herald.redis ? ' (the private redis-server)' : ''}`;
  logger.log(`Herald is running: API ${config.api.baseUrl}, admin ${config.admin.baseUrl}, citizen app ${config.citizen.baseUrl}, worker in this process.`);
  logger.log(`Database: ${database}. Queues: ${redis}.`);
  logger.log(config.smtpUrl ? 'Email goes to the SMTP server in SMTP_URL.' : `No SMTP_URL set: emails, texts and letters are written to ${config.outboxDir}.`);
  logger.log('Create a service and an API key with: npm run herald -- service create --name "My service" --json');
  if (herald.identityProvider) logger.log(signInLine(config));
  logger.log('Press Ctrl-C to stop.');
}

/** Ctrl-C or SIGTERM: close everything in order, then say so and exit 0. */
function stopOnSignals(herald: EmbeddedHerald): void {
  const stop = (signal: NodeJS.Signals) => {
    logger.log(`${signal}: stopping`);
    void herald.close().then(() => {
      logger.log('Herald stopped');
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  // A person at a terminal reads the message as it is; under LOG_FORMAT=json it is one more JSON line.
  if (failureLogger?.format === 'json') failureLogger.error(message, undefined, 'Herald');
  else console.error(message);
  process.exit(1);
});
