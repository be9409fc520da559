import { Logger } from '@nestjs/common';
import type { HeraldConfig } from '@herald/config';
import { LimitsRedis } from '@herald/redis';
import { bucketFor, RateLimiter } from './rate-limiter';
import { DailyLimits } from '@herald/sending';

const service = {
  id: 'b7a0c2b4-0000-4000-8000-000000000001',
  restricted: false,
  rateLimit: 1,
  emailMessageLimit: 1,
  smsMessageLimit: 1,
  letterMessageLimit: 1,
  internationalSmsMessageLimit: 1,
};

describe('limits when Redis cannot be reached', () => {
  let redis: LimitsRedis;
  const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);

  beforeAll(async () => {
    redis = new LimitsRedis({ queuePrefix: '{limits-outage}', redisUrl: 'redis://127.0.0.1:1' } as HeraldConfig);
    await redis.onModuleInit();
  });
  afterAll(() => {
    redis.onApplicationShutdown();
    warn.mockRestore();
  });

  it('lets sends through, counts nothing, and warns once a minute at most', async () => {
    warn.mockClear();
    const limits = new DailyLimits(redis);
    const limiter = new RateLimiter(redis);
    // Every limit here is 1: with Redis answering, the second call of each would be refused.
    await expect(limits.check(service, 'normal', 'email')).resolves.toBeNull();
    await expect(limits.record(service, 'normal', 'email')).resolves.toBeUndefined();
    await expect(limits.check(service, 'normal', 'email')).resolves.toBeNull();
    await expect(limiter.take(service, 'normal')).resolves.toBeUndefined();
    await expect(limiter.take(service, 'normal')).resolves.toBeUndefined();
    expect(warn.mock.calls.length).toBeLessThanOrEqual(1);
  });
});

describe('the token bucket’s shape (docs/api-contract.md §7)', () => {
  it('refills at rate_limit/60 a second and holds min(ceil(rate_limit/3)+1, 1000)', () => {
    expect(bucketFor(3000)).toEqual({ tokensPerSecond: 50, capacity: 1000 });
    expect(bucketFor(6)).toEqual({ tokensPerSecond: 0.1, capacity: 3 });
    expect(bucketFor(100)).toEqual({ tokensPerSecond: 100 / 60, capacity: 35 });
  });
});
