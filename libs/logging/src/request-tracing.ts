import { Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { acceptedRequestId, REQUEST_ID_HEADER, withRequestId } from './request-context';

const logger = new Logger('Request');
/** Health checks and metrics scrapes come every few seconds: their lines are debug. */
const PROBES = /^\/(_status|metrics)(\/|$)/;

/**
 * Gives every request of a Fastify app a request id (the caller's X-Request-Id when well formed),
 * returns it in the X-Request-Id response header, makes it the current request id for everything
 * the request runs (its log lines, the jobs it queues) and logs one line when it is answered:
 * method, route pattern (never the URL: a query or path can hold personal data), status and time.
 */
export function traceRequests(fastify: FastifyInstance): void {
  const requestIds = new WeakMap<FastifyRequest, string>();

  fastify.addHook('onRequest', (request, reply, done) => {
    const requestId = acceptedRequestId(request.headers[REQUEST_ID_HEADER]);
    reply.header('X-Request-Id', requestId);
    requestIds.set(request, requestId);
    // Everything after this hook (the other hooks, reading the body, the handler) runs in the context.
    withRequestId(requestId, done);
  });

  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? '(no route)';
    const line = `${request.method} ${route} ${reply.statusCode} ${Math.round(reply.elapsedTime)} ms`;
    withRequestId(requestIds.get(request), () => (PROBES.test(route) ? logger.debug(line) : logger.log(line)));
    done();
  });
}
