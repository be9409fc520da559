import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { LogScrubber } from './log-scrubber';

/** The header a request id comes in and goes out in (Fastify gives header names in lower case). */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Letters, digits, `.`, `_` and `-`: what tracing systems and load balancers put in X-Request-Id (a UUID, a trace id). */
const WELL_FORMED = /^[A-Za-z0-9._-]{8,128}$/;

const storage = new AsyncLocalStorage<{ readonly requestId: string }>();
const check = new LogScrubber();

/** The id of the request (or of the job a request queued) this code runs for, if any. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/** Runs `work` with `requestId` as the current request id (and everything it awaits or schedules); without an id, as it is. */
export function withRequestId<T>(requestId: string | undefined, work: () => T): T {
  return requestId === undefined ? work() : storage.run({ requestId }, work);
}

/**
 * The caller's X-Request-Id when it is well formed, so one id follows a request through a load
 * balancer and Herald; otherwise a new one. An id that looks like personal data (a phone number)
 * is refused too: it is written on every log line of the request.
 */
export function acceptedRequestId(header: unknown): string {
  if (typeof header === 'string' && WELL_FORMED.test(header) && check.text(header) === header) return header;
  return randomUUID();
}
