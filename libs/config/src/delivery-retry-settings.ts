import type { ConfigVariable } from './config-variables';
import type { DeliveryRetrySettings } from './herald-config';
import { wholeNumber } from './whole-number';

type Reader = (name: ConfigVariable) => string | undefined;

/** How retryable provider errors are retried: by default 10 attempts over at most 4 hours. */
export function loadDeliveryRetrySettings(read: Reader): DeliveryRetrySettings {
  return {
    maxAttempts: wholeNumber(read, 'DELIVERY_RETRY_MAX_ATTEMPTS', 10, 1, 100),
    baseSeconds: wholeNumber(read, 'DELIVERY_RETRY_BASE_SECONDS', 30, 1, 86_400),
    maxTotalSeconds: wholeNumber(read, 'DELIVERY_RETRY_MAX_TOTAL_SECONDS', 14_400, 1, 7 * 86_400),
  };
}
