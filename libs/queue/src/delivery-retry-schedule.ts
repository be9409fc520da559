import type { BackoffStrategy } from 'bullmq';
import type { DeliveryRetrySettings } from '@herald/config';

/** The name of the custom backoff strategy on the send-email and send-sms queues. */
export const DELIVERY_BACKOFF = 'delivery-retry';

/** A wait is up to this share shorter, at random, so texts that failed together do not retry together. */
const JITTER = 0.25;

/**
 * The longest wait before each retry: base × 2^(n−1), the last cut short so that the waits add up
 * to at most maxTotalSeconds. There are maxAttempts − 1 retries, or fewer when the budget runs out.
 */
export function retryCeilingsMs(settings: DeliveryRetrySettings): number[] {
  const ceilings: number[] = [];
  let left = settings.maxTotalSeconds * 1000;
  for (let retry = 1; retry < settings.maxAttempts && left > 0; retry += 1) {
    const wait = Math.min(settings.baseSeconds * 1000 * 2 ** (retry - 1), left);
    ceilings.push(wait);
    left -= wait;
  }
  return ceilings;
}

/** The wait before retry `retry` (1 is the first retry, after the first failure), or null when none is left. */
export function retryDelayMs(retry: number, settings: DeliveryRetrySettings, random: () => number = Math.random): number | null {
  const ceiling = retryCeilingsMs(settings)[retry - 1];
  if (ceiling === undefined) return null;
  return Math.round(ceiling * (1 - JITTER * random()));
}

/** Whether a job that has failed `attemptsMade` times will be tried again. */
export function hasRetryLeft(attemptsMade: number, settings: DeliveryRetrySettings): boolean {
  return attemptsMade >= 1 && attemptsMade <= retryCeilingsMs(settings).length;
}

/** For the workers of the delivery queues: BullMQ asks it for each wait; -1 means give up. */
export function deliveryBackoffStrategy(settings: DeliveryRetrySettings): BackoffStrategy {
  return (attemptsMade: number) => retryDelayMs(attemptsMade, settings) ?? -1;
}

/** Job options of every email and text: bounded attempts, waits from the strategy above. */
export function deliveryJobOptions(settings: DeliveryRetrySettings): { attempts: number; backoff: { type: string } } {
  return { attempts: settings.maxAttempts, backoff: { type: DELIVERY_BACKOFF } };
}
