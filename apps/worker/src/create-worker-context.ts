import { INestApplicationContext, LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { HeraldConfig, nestLogLevels } from '@herald/config';
import type { Clock } from '@herald/domain';
import { RedisOutageReporter } from '@herald/redis';
import { PROCESSORS, WorkerModule } from './worker.module';

export interface WorkerContextOptions {
  /** False leaves signals to the caller: the standalone worker (main.ts) and the embedded start handle them. */
  readonly shutdownHooks?: boolean;
  /** The embedded start passes its quieter logger; otherwise Nest's, at LOG_LEVEL. */
  readonly logger?: LoggerService | LogLevel[];
  /** Tests pass a clock they can move forward; otherwise the system's. */
  readonly clock?: Clock;
}

/**
 * The worker: a Nest application context whose BullMQ processors start with it. Each processor's
 * BullMQ worker reports its Redis errors to the process's RedisOutageReporter (without a listener
 * BullMQ prints every failed reconnection with its stack).
 */
export async function createWorkerContext(config: HeraldConfig, options: WorkerContextOptions = {}): Promise<INestApplicationContext> {
  const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, options.clock), {
    logger: options.logger ?? nestLogLevels(config.logLevel),
    abortOnError: false,
  });
  const reporter = RedisOutageReporter.for(config.redisUrl);
  for (const processor of PROCESSORS) reporter.watch(context.get(processor).worker);
  if (options.shutdownHooks ?? true) context.enableShutdownHooks();
  return context;
}
