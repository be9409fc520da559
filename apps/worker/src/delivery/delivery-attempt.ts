import { DelayedError, Job, UnrecoverableError, Worker } from 'bullmq';
import type { DeliveryRetrySettings } from '@herald/config';
import { ProviderError } from '@herald/domain';
import { DELIVERY_WORKER_OPTIONS, DeliveryJob, deliveryBackoffStrategy, deliveryJobOptions, hasRetryLeft, JobRetry } from '@herald/queue';
import type { FromConfig } from '../job-handlers/job-handler';
import type { DeliveryAttempt } from './delivery-claims';

/** Emails and texts: DELIVERY_RETRY_MAX_ATTEMPTS tries in all, waiting as the DELIVERY_RETRY_* settings say (libs/queue's delivery-retry-schedule.ts). */
export const DELIVERY_RETRY: FromConfig<JobRetry> = (config) => deliveryJobOptions(config.retry);

/** BullMQ's reason for failing a job stalled more than maxStalledCount times (it never reaches our code). */
const STALLED_TOO_OFTEN = 'job stalled more than allowable limit';

/**
 * One attempt at a delivery job, with the provider's error turned into what BullMQ should do:
 * permanent → final at once (UnrecoverableError); throttled → wait as long as the provider asked,
 * without using up an attempt; anything else → retried with the delivery backoff.
 */
export async function attemptDelivery<T>(job: Job<DeliveryJob>, token: string | undefined, deliver: () => Promise<T>): Promise<T> {
  try {
    return await deliver();
  } catch (error) {
    if (error instanceof ProviderError && error.kind === 'permanent') throw new UnrecoverableError(error.message);
    if (error instanceof ProviderError && error.kind === 'throttled' && token) {
      await job.moveToDelayed(Date.now() + (error.retryAfterMs ?? 0), token);
      throw new DelayedError();
    }
    throw error;
  }
}

/** This attempt at a BullMQ job: asking whether it holds the job's lock renews the lock (BullMQ's extendLock). */
export function jobAttempt(job: Job<DeliveryJob>, token: string | undefined): DeliveryAttempt {
  return {
    token: token ?? null,
    firstTry: job.attemptsMade === 0,
    holdsJobLock: async () => token !== undefined && (await job.extendLock(token, DELIVERY_WORKER_OPTIONS.lockDuration)) === 1,
  };
}

/**
 * Gives a delivery queue's worker the retry schedule of the configuration. The strategy is named
 * on each job (`backoff.type`) and must be known to the worker that fails it; the decorator that
 * creates the worker cannot see the configuration, so it is set once the worker exists.
 */
export function useDeliveryRetries(worker: Worker, settings: DeliveryRetrySettings): void {
  worker.opts.settings = { ...worker.opts.settings, backoffStrategy: deliveryBackoffStrategy(settings) };
}

/**
 * For a job's `failed` event: the error to give up with once no attempt is left (all attempts
 * used, or the retry budget spent), or null while BullMQ will still retry or the job is not the provider's to fail.
 */
export function finalFailure(job: Job<DeliveryJob>, error: Error, settings: DeliveryRetrySettings): Error | null {
  // Its workers died under it, not its provider: the notification stays `created` for the replay sweep once its claim lapses.
  if (error instanceof UnrecoverableError && error.message === STALLED_TOO_OFTEN) return null;
  if (error instanceof UnrecoverableError) return ProviderError.permanent(error.message);
  const exhausted = job.attemptsMade >= (job.opts.attempts ?? 1) || !hasRetryLeft(job.attemptsMade, settings);
  return exhausted ? error : null;
}
