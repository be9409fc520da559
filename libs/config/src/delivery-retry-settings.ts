import { ConfigError } from './config-error';
import type { ConfigVariable } from './config-variables';
import type { DeliveryRetrySettings } from './herald-config';

type Reader = (name: ConfigVariable) => string | undefined;

/** How retryable provider errors are retried: by default 10 attempts over at most 4 hours. */
export function loadDeliveryRetrySettings(read: Reader): DeliveryRetrySettings {
  return {
    maxAttempts: whole(read, 'DELIVERY_RETRY_MAX_ATTEMPTS', 10, 1, 100),
    baseSeconds: whole(read, 'DELIVERY_RETRY_BASE_SECONDS', 30, 1, 86_400),
    maxTotalSeconds: whole(read, 'DELIVERY_RETRY_MAX_TOTAL_SECONDS', 14_400, 1, 7 * 86_400),
  };
}

function whole(read: Reader, name: ConfigVariable, fallback: number, min: number, max: number): number {
  const raw = read(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(name, `must be a whole number from ${min} to ${max}, not "${raw}"`);
  return value;
}
