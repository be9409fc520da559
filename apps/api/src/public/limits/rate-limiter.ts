import { Injectable } from '@nestjs/common';
import type { KeyType, Service, TemplateType } from '@herald/domain';
import { LimitsRedis } from '@herald/redis';
import { DailyLimits, LimitedService, SendProblem } from '@herald/sending';
import { rateLimitError } from './limit-errors';
import { BucketShape, takeToken } from './token-bucket';

const MAX_BUCKET = 1000;

/**
 * Notify's API rate limit (docs/api-contract.md §7): a token bucket per service and key type that refills at
 * rate_limit/60 tokens a second and holds min(ceil(rate_limit/3)+1, 1000) of them.
 */
export function bucketFor(rateLimit: number): BucketShape {
  return { tokensPerSecond: rateLimit / 60, capacity: Math.min(Math.ceil(rateLimit / 3) + 1, MAX_BUCKET) };
}

@Injectable()
export class RateLimiter {
  constructor(
    private readonly redis: LimitsRedis,
    private readonly dailyLimits: DailyLimits,
  ) {}

  /**
   * Throws RateLimitError (429) when the bucket is empty. For a send (`channel`), the day's count of
   * its channel is read in the same round trip: the daily limit it would pass, or null. If Redis
   * is down, neither limit is checked.
   */
  async take(service: LimitedService & Pick<Service, 'rateLimit'>, keyType: KeyType, channel?: TemplateType): Promise<SendProblem | null> {
    const key = `${this.redis.keyPrefix}:rate:${service.id}:${keyType}`;
    const counters = channel ? this.dailyLimits.counterKeys(service.id, channel) : [];
    const result = await this.redis.orFallback(() => takeToken(this.redis.client, key, bucketFor(service.rateLimit), counters), null);
    if (result === null) return null;
    if (!result.taken) throw rateLimitError(keyType, service.rateLimit);
    return channel ? this.dailyLimits.problemFor(service, keyType, channel, result.counts) : null;
  }
}
