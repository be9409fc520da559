import { Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { RepeatableJob } from './job-handlers';

/**
 * Creates a queue's job schedulers now, and again each time its Redis connection is ready. The
 * schedulers live in Redis: one that comes back empty (restarted without persistence) would
 * otherwise never run a sweep or a drain again. `schedule` must be idempotent (upserts).
 */
export async function keepScheduled(queue: Queue, schedule: () => Promise<void>, logger: Logger): Promise<void> {
  await schedule();
  queue.getBackend().on('ready', () => {
    schedule().catch((error: Error) => logger.warn(`Could not restore the schedules of ${queue.name} after Redis reconnected: ${error.message}`));
  });
}

/** Keeps the queue's repeatable jobs (those whose handler declares `repeat`) scheduled, each with its handler's retry. */
export function keepRepeatableJobsScheduled(queue: Queue, jobs: readonly RepeatableJob[], logger: Logger): Promise<void> {
  return keepScheduled(
    queue,
    async () => {
      for (const job of jobs) await queue.upsertJobScheduler(job.name, job.repeat, { name: job.name, opts: job.opts });
    },
    logger,
  );
}
