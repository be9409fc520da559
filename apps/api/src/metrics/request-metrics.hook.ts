import type { FastifyInstance } from 'fastify';
import type { HeraldMetrics, LimitKind, MetricChannel } from '@herald/metrics';

/** A request no route matched: never its URL as a label (ids, or anything a caller types, would each make a series). */
export const UNMATCHED_ROUTE = 'unmatched';

/** The v2 send routes: a 201 there is a notification created, of that channel. */
const SEND_ROUTES: Readonly<Record<string, MetricChannel>> = {
  '/v2/notifications/email': 'email',
  '/v2/notifications/sms': 'sms',
  '/v2/notifications/letter': 'letter',
};

/** Notify's error types for a 429: the key's rate limit, or the service's daily limit. */
const LIMIT_ERRORS: ReadonlyArray<readonly [string, LimitKind]> = [
  ['"RateLimitError"', 'rate'],
  ['"TooManyRequestsError"', 'daily'],
];

/**
 * Counts every request the API answers (herald_http_request_duration_seconds by route pattern),
 * the notifications the v2 API creates and the requests its limits refuse, from the responses
 * alone: the handlers know nothing of metrics.
 */
export function countRequests(fastify: FastifyInstance, metrics: HeraldMetrics): void {
  // Callback-style hooks: every response passes them, and an async hook costs a promise each.
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (reply.statusCode === 429 && typeof payload === 'string') {
      const refusal = LIMIT_ERRORS.find(([errorType]) => payload.includes(errorType));
      if (refusal) metrics.limitRefused(refusal[1]);
    }
    done(null, payload);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.is404 ? UNMATCHED_ROUTE : (request.routeOptions.url ?? UNMATCHED_ROUTE);
    metrics.requestAnswered({ method: request.method, route, status: reply.statusCode }, reply.elapsedTime / 1000);
    const channel = SEND_ROUTES[route];
    if (channel && reply.statusCode === 201 && request.method === 'POST') metrics.notificationCreated(channel);
    done();
  });
}
