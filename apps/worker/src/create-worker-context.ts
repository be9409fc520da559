import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { HeraldConfig, nestLogLevels } from '@herald/config';

import { WorkerModule } from './worker.module';

/**
 * The worker: a Nest application context whose BullMQ processors start with it. `shutdownHooks`
 * leaves signals to Nest (the embedded start); the standalone worker handles them itself (main.ts).
 */
export async function createWorkerContext(config: HeraldConfig, options: { shutdownHooks?: boolean } = {}): Promise<INestApplicationContext> {
  const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: nestLogLevels(config.logLevel) });
  if (options.shutdownHooks ?? true) context.enableShutdownHooks();
  return context;
}
