import { INestApplication, Logger } from '@nestjs/common';
import { HealthService } from '../health/health.service';

/** Orchestrators kill at 10 s after SIGTERM; a loaded machine needs some of the rest. */
export const API_SHUTDOWN_DEADLINE_MS = 8000;
const IDLE_CHECK_MS = 100;

/**
 * On SIGTERM or SIGINT: readiness turns 503 at once, the server stops taking connections, the
 * requests in hand are answered (a send already accepted is stored and queued), then the database
 * and Redis close and the process exits 0. Whatever hangs, it exits by the deadline: a request
 * still unanswered then was not acknowledged, so its client retries it.
 */
export function exitApiOnSignals(app: INestApplication, deadlineMs = API_SHUTDOWN_DEADLINE_MS): void {
  const logger = new Logger('Shutdown');
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: answering the requests in hand, then exiting (at most ${deadlineMs / 1000} s)`);
    app.get(HealthService).markStopping();
    setTimeout(() => {
      logger.warn(`Requests or connections still open after ${deadlineMs / 1000} s: exiting anyway`);
      process.exit(0);
    }, deadlineMs).unref();
    // A keep-alive connection whose request was in hand becomes idle only after its answer: close those as they do.
    const server = app.getHttpServer() as { closeIdleConnections(): void };
    setInterval(() => server.closeIdleConnections(), IDLE_CHECK_MS).unref();
    app.close().then(
      () => {
        logger.log('API stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
