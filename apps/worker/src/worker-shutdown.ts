import { INestApplicationContext, Logger, Type } from '@nestjs/common';
import type { WorkerHost } from '@nestjs/bullmq';
import { WorkerHealthService } from './health/worker-health.service';

/** A stopping worker exits by then whatever Redis or its jobs are doing: orchestrators kill at 10 s, and a busy machine needs some of the rest. */
export const SHUTDOWN_DEADLINE_MS = 7000;

/**
 * On SIGTERM or SIGINT: every queue's worker stops taking jobs and the jobs in hand finish (a
 * send that fails gives its claim back), then the application closes (database, Redis) and the
 * process exits 0. With Redis stopped or gone, BullMQ cannot finish a job or close its
 * connections, so the process exits at the deadline anyway: a send still in flight then keeps
 * its claim, and its job, whose lock this process no longer renews, comes back to the queue
 * where another worker takes the claim over (DeliveryClaims).
 */
export function exitOnSignals(context: INestApplicationContext, processors: ReadonlyArray<Type<WorkerHost>>, deadlineMs = SHUTDOWN_DEADLINE_MS): void {
  const logger = new Logger('Shutdown');
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: finishing the jobs in hand, then exiting (at most ${deadlineMs / 1000} s)`);
    context.get(WorkerHealthService).markStopping();
    setTimeout(() => {
      logger.warn(`Jobs or connections still open after ${deadlineMs / 1000} s: exiting anyway; their claims pass to another worker`);
      process.exit(0);
    }, deadlineMs).unref();
    // Workers first: Nest's own shutdown order could close the database under a job still sending.
    Promise.all(processors.map((processor) => context.get(processor).worker.close()))
      .then(() => context.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
