import type { JobsOptions } from 'bullmq';
import type { JobRetry } from '@herald/queue';

/** A callback: about 40 minutes of retries (5 s doubling, with jitter) for network errors, 429 and 5xx. */
export const CALLBACK_RETRY = { attempts: 10, backoff: { type: 'exponential', delay: 5000, jitter: 0.2 } } as const satisfies JobRetry;

/**
 * The options the outbox drain adds each callback job with. Finished jobs are kept an hour, so a
 * drain that queues the same event again (after a crash between queuing and deleting) finds the
 * job id taken and adds nothing.
 */
export const CALLBACK_JOB_OPTIONS: JobsOptions = {
  ...CALLBACK_RETRY,
  removeOnComplete: { age: 3600, count: 100_000 },
  removeOnFail: { age: 24 * 3600, count: 100_000 },
};

/** The drain runs every second: a failed run is not retried, the next one does its work. */
export const DRAIN_RETRY = { attempts: 1 } as const satisfies JobRetry;
export const DRAIN_INTERVAL_MS = 1000;

/** How long a callback waits when its service is at its limit (plus up to as much again, at random). */
export const BUSY_DELAY_MS = 250;
