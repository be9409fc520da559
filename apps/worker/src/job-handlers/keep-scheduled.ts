import { Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { RepeatableJob } from './job-handlers';

/** The part of a BullMQ queue keepScheduled uses. */
export type ScheduledQueue = Pick<Queue, 'name' | 'closing' | 'getBackend'>;

const RETRY_MS = 1000;

/**
 * Creates a queue's job schedulers now, and again each time its Redis connection is ready. The
 * schedulers live in Redis: one that comes back empty (restarted without persistence) would
 * otherwise never run a sweep or a drain again. A restore that fails (Redis went away again, or
 * answers errors while it starts) is tried again every `retryMs` until it succeeds or the queue
 * closes: one warning, then one line when the schedules are back. `schedule` must be idempotent (upserts).
 */
export async function keepScheduled(queue: ScheduledQueue, schedule: () => Promise<void>, logger: Logger, retryMs = RETRY_MS): Promise<void> {
  await schedule();
  let restoring = false;
  const restore = async () => {
    let failures = 0;
    while (!queue.closing) {
      try {
        await schedule();
        if (failures > 0) logger.log(`Restored the schedules of ${queue.name} after ${failures} failed tries`);
        return;
      } catch (error) {
        if (failures === 0) logger.warn(`Could not restore the schedules of ${queue.name} after Redis reconnected: ${(error as Error).message}; trying again`);
        failures += 1;
        await new Promise((resolve) => setTimeout(resolve, retryMs).unref());
      }
    }
  };
  queue.getBackend().on('ready', () => {
    if (restoring) return;
    restoring = true;
    void restore().finally(() => (restoring = false));
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
