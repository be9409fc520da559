import { LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { HeraldConfig } from '@herald/config';
import { HeraldMetrics } from '@herald/metrics';
import type { Clock } from '@herald/domain';
import { HeraldLogger, traceRequests } from '@herald/logging';
import { ApiModule } from '../api.module';
import { acceptUploadStreams } from '../internal/jobs/upload-stream.parser';
import { NotifyExceptionFilter } from '../public/errors/notify-exception.filter';
import { countRequests } from '../metrics/request-metrics.hook';
import { ignoreUnreadableContentTypes } from './content-type.hook';
import { RESPONSE_HEADERS } from './response-headers';
import { answerClientError, answerRouterError, MAX_PARAM_LENGTH } from './router-errors';
import { answerWrongMethodWith405 } from './wrong-method.hook';

/** Large enough for a 5 MB precompiled letter as base64 JSON (about 6.7 MB). */
const BODY_LIMIT_BYTES = 15 * 1024 * 1024;

export interface ApiAppOptions {
  /** False leaves SIGINT and SIGTERM to the caller (the embedded start closes its apps in order). */
  readonly shutdownHooks?: boolean;
  /** The embedded start passes its quieter logger; otherwise Herald's (LOG_FORMAT, LOG_LEVEL). */
  readonly logger?: LoggerService | LogLevel[];
  /** Tests pass a clock they can move forward; otherwise the system's. */
  readonly clock?: Clock;
}

/** Builds the API application (not yet listening), as `main.ts`, the embedded start and tests use it. */
export async function createApiApp(config: HeraldConfig, options: ApiAppOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    routerOptions: { ignoreDuplicateSlashes: true, ignoreTrailingSlash: true, maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: answerRouterError,
    clientErrorHandler: answerClientError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config, options.clock), adapter, {
    logger: options.logger ?? HeraldLogger.from(config, 'api'),
    bodyParser: false,
    abortOnError: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  // First, so every later hook, the handler and the jobs it queues run with the request id.
  traceRequests(fastify);
  // Bodies stay text until after authentication: Notify parses JSON whatever the Content-Type.
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('*', { parseAs: 'string', bodyLimit: BODY_LIMIT_BYTES }, (_request, body, done) => done(null, body));
  acceptUploadStreams(fastify);
  ignoreUnreadableContentTypes(fastify);
  answerWrongMethodWith405(fastify);
  countRequests(fastify, app.get(HeraldMetrics));
  fastify.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(RESPONSE_HEADERS)) {
      // A handler that chose its own caching (public branding logos) keeps it.
      if (name === 'Cache-Control' && reply.hasHeader(name)) continue;
      reply.header(name, value);
    }
    return payload;
  });
  app.useGlobalFilters(new NotifyExceptionFilter());
  if (options.shutdownHooks ?? true) app.enableShutdownHooks();
  return app;
}
