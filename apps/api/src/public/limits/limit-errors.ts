import { KeyType, keyTypeLabel } from '@herald/domain';
import { NotifyError } from '../../errors/notify-error';

export const rateLimitError = (keyType: KeyType, rateLimit: number): NotifyError =>
  new NotifyError(429, [
    { error: 'RateLimitError', message: `Exceeded rate limit for key type ${keyTypeLabel(keyType)} of ${rateLimit} requests per 60 seconds` },
  ]);
