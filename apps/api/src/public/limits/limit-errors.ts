import { KeyType, keyTypeLabel, NotifyError } from '@herald/domain';

/** Which daily limit a send counts towards: one per channel, plus international texts. */
export type DailyLimitType = 'email' | 'sms' | 'letter' | 'international_sms';

export const rateLimitError = (keyType: KeyType, rateLimit: number): NotifyError =>
  new NotifyError(429, [{ error: 'RateLimitError', message: `Exceeded rate limit for key type ${keyTypeLabel(keyType)} of ${rateLimit} requests per 60 seconds` }]);

export const dailyLimitError = (type: DailyLimitType, limit: number): NotifyError =>
  new NotifyError(429, [{ error: 'TooManyRequestsError', message: `Exceeded send limits (${type}: ${limit}) for today` }]);
