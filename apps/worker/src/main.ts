import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig } from '@herald/config';
import { HeraldLogger } from '@herald/logging';
import { createWorkerContext } from './create-worker-context';
import { PROCESSORS } from './worker.module';
import { exitOnSignals } from './worker-shutdown';

/** A worker on its own (production: scale by running more of these), with its health checks and metrics on WORKER_PORT. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = HeraldLogger.from(config, 'worker');
  Logger.overrideLogger(logger);
  const context = await createWorkerContext(config, { shutdownHooks: false, logger });
  exitOnSignals(context, PROCESSORS);
  await context.listen({ port: config.worker.port, host: config.worker.host });
  const { port } = context.getHttpServer().address() as { port: number };
  new Logger('Herald').log(`Worker started (concurrency ${config.worker.concurrency}); health checks and metrics on port ${port}`);
}

main().catch((error: unknown) => {
  // Through Herald's logger when the configuration loaded (a JSON line under LOG_FORMAT=json), else Nest's.
  new Logger('Herald').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
