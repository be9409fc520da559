import { LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { HeraldConfig } from '@herald/config';
import type { Clock } from '@herald/domain';
import { HeraldLogger } from '@herald/logging';
import { RedisOutageReporter } from '@herald/redis';
import { PROCESSORS, WorkerModule } from './worker.module';

export interface WorkerContextOptions {
  /** False leaves signals to the caller: the standalone worker (main.ts) and the embedded start handle them. */
  readonly shutdownHooks?: boolean;
  /** The embedded start passes its quieter logger; otherwise Herald's (LOG_FORMAT, LOG_LEVEL). */
  readonly logger?: LoggerService | LogLevel[];
  /** Tests pass a clock they can move forward; otherwise the system's. */
  readonly clock?: Clock;
}

/**
 * The worker: a Nest application whose BullMQ processors start with it. It has HTTP routes (health
 * checks, metrics) but listens only when the standalone worker (main.ts) asks it to: in the
 * embedded start and in tests it runs without a server. Each processor's BullMQ worker reports its
 * Redis errors to the process's RedisOutageReporter (without a listener BullMQ prints every failed
 * reconnection with its stack).
 */
export async function createWorkerContext(config: HeraldConfig, options: WorkerContextOptions = {}): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(WorkerModule.forRoot(config, options.clock), new FastifyAdapter(), {
    logger: options.logger ?? HeraldLogger.from(config, 'worker'),
    abortOnError: false,
  });
  await app.init();
  const reporter = RedisOutageReporter.for(config.redisUrl);
  for (const processor of PROCESSORS) reporter.watch(app.get(processor).worker);
  if (options.shutdownHooks ?? true) app.enableShutdownHooks();
  return app;
}
