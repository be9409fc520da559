import { loadavg } from 'node:os';
import pino from 'pino';
import { nestLogLevels } from '@herald/config';
import { HeraldLogger, LogScrubber, withRequestId } from '@herald/logging';

/**
 * What one log line costs the process that writes it, in CPU time: the request line the API writes per request
 * and the worker per email at LOG_LEVEL=log, as JSON (LOG_FORMAT=json) into /dev/null (so the
 * figure is Herald's work and one write(2), not a terminal's), in a request's context; then the
 * scrubber alone, and a line below LOG_LEVEL (skipped).
 *
 *   npx tsc -p tsconfig.bench.json && npx tsc-alias -p tsconfig.bench.json
 *   node dist/test/bench/log-line-cost.js [--lines 200000]
 *
 * Prints figures; asserts nothing.
 */
const LINES = Number(/--lines[= ](\d+)/.exec(process.argv.join(' '))?.[1] ?? 200_000);
const REQUEST_LINE = 'POST /v2/notifications/email 201 12 ms';
const DELIVERY_LINE = 'Notification 0f8fad5b-d9cb-469f-a165-70867728950e handed to smtp (reference <0f8fad5b@notifications.herald.localhost>): sending';

/** CPU time (user and system, so the write is counted) per call: wall time would count the other processes sharing the cores. */
function microsecondsPerCall(calls: number, work: () => void): number {
  for (let i = 0; i < Math.min(calls, 10_000); i++) work();
  const started = process.cpuUsage();
  for (let i = 0; i < calls; i++) work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / calls;
}

function main(): void {
  const destination = pino.destination({ dest: '/dev/null', sync: true });
  const logger = new HeraldLogger({ format: 'json', logLevels: nestLogLevels('log'), app: 'api', destination });
  const quiet = new HeraldLogger({ format: 'json', logLevels: nestLogLevels('error'), app: 'api', destination });
  const scrubber = new LogScrubber('notifications.herald.localhost');
  const figures = {
    'request line, JSON, in a request context': microsecondsPerCall(LINES, () =>
      withRequestId('0f8fad5b-d9cb-469f-a165-70867728950e', () => logger.log(REQUEST_LINE, 'Request')),
    ),
    'delivery line, JSON, in a request context': microsecondsPerCall(LINES, () =>
      withRequestId('0f8fad5b-d9cb-469f-a165-70867728950e', () => logger.log(DELIVERY_LINE, 'EmailDeliveryService')),
    ),
    'scrubber alone, on the delivery line': microsecondsPerCall(LINES, () => scrubber.text(DELIVERY_LINE)),
    'a line below LOG_LEVEL (skipped)': microsecondsPerCall(LINES, () => quiet.log(REQUEST_LINE, 'Request')),
  };
  console.log(
    `[log line cost] ${LINES} lines each, load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`,
  );
  for (const [what, us] of Object.entries(figures)) console.log(`  ${what}: ${us.toFixed(2)} µs`);
}

main();
