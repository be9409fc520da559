import { DelayedError, Job, UnrecoverableError } from 'bullmq';
import { ProviderError } from '@herald/domain';
import { DeliveryJob } from '@herald/queue';

/**
 * One attempt at a delivery job, with the provider's error turned into what BullMQ should do:
 * permanent → final at once (UnrecoverableError); throttled → wait as long as the provider asked,
 * without using up an attempt; anything else → retried with the queue's backoff.
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

/**
 * For a job's `failed` event: the error to give up with once no attempt is left, or null while
 * BullMQ will still retry.
 */
export function finalFailure(job: Job<DeliveryJob>, error: Error): Error | null {
  if (error instanceof UnrecoverableError) return ProviderError.permanent(error.message);
  return job.attemptsMade >= (job.opts.attempts ?? 1) ? error : null;
}
