import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { HeraldConfig, nestLogLevels } from '@herald/config';

import { WorkerModule } from './worker.module';

/** The worker: a Nest application context whose BullMQ processors start with it. */
export async function createWorkerContext(config: HeraldConfig): Promise<INestApplicationContext> {
  const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: nestLogLevels(config.logLevel) });
  context.enableShutdownHooks();
  return context;
}
