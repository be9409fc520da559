import type { WorkerOptions } from 'bullmq';

/**
 * Worker options of the email and text queues. A live worker renews its jobs' locks every
 * lockDuration / 2 however slow its provider is; a dead worker's locks lapse within lockDuration,
 * and the stalled check (every stalledInterval, by any worker) hands its jobs on, so another
 * worker takes over its claims within about lockDuration + stalledInterval (30 s), not after
 * CLAIM_LEASE_SECONDS. BullMQ fails a job stalled more than maxStalledCount times: 3 lets a job
 * outlive two or three workers killed in turn (and see finalFailure for a job that does not).
 */
export const DELIVERY_WORKER_OPTIONS = { lockDuration: 20_000, stalledInterval: 10_000, maxStalledCount: 3 } as const satisfies Partial<WorkerOptions>;
