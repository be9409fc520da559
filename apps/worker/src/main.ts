import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig } from '@herald/config';
import { createWorkerContext } from './create-worker-context';
import { PROCESSORS } from './worker.module';
import { exitOnSignals } from './worker-shutdown';

/** A worker on its own (production: scale by running more of these). */
async function main(): Promise<void> {
  const config = loadConfig();
  const context = await createWorkerContext(config, { shutdownHooks: false });
  exitOnSignals(context, PROCESSORS);
  new Logger('Herald').log(`Worker started (concurrency ${config.worker.concurrency})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
