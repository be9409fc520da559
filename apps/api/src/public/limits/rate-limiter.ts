import { Injectable } from '@nestjs/common';
import type { KeyType, Service } from '@herald/domain';
import { rateLimitError } from './limit-errors';
import { LimitsRedis } from '@herald/redis';
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
  constructor(private readonly redis: LimitsRedis) {}

  /** Throws RateLimitError (429) when the bucket is empty; lets the request through if Redis is down. */
  async take(service: Pick<Service, 'id' | 'rateLimit'>, keyType: KeyType): Promise<void> {
    const key = `${this.redis.keyPrefix}:rate:${service.id}:${keyType}`;
    const taken = await this.redis.orFallback(() => takeToken(this.redis.client, key, bucketFor(service.rateLimit)), true);
    if (!taken) throw rateLimitError(keyType, service.rateLimit);
  }
}
