import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { HeraldConfig, loadTestSettings } from '@herald/config';
import { LimitsRedis } from '@herald/redis';
import { bucketFor, RateLimiter } from './rate-limiter';
import { DailyLimits } from '@herald/sending';
import { eventually } from '@herald/testing';

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

  it('lets sends through, counts nothing, and logs only the outage, not each request let through', async () => {
    warn.mockClear();
    const limits = new DailyLimits(redis);
    const limiter = new RateLimiter(redis, limits);
    // Every limit here is 1: with Redis answering, the second call of each would be refused.
    await expect(limits.check(service, 'normal', 'email')).resolves.toBeNull();
    await expect(limits.record(service, 'normal', 'email')).resolves.toBeUndefined();
    await expect(limits.check(service, 'normal', 'email')).resolves.toBeNull();
    await expect(limiter.take(service, 'normal')).resolves.toBeNull();
    await expect(limiter.take(service, 'normal', 'email')).resolves.toBeNull();
    // The process's RedisOutageReporter says once that Redis is unreachable; the requests let through are
    // counted for the line that ends the outage, never logged one by one.
    await eventually(async () =>
      expect(warn.mock.calls.map(([message]) => String(message))).toEqual([expect.stringMatching(/^Redis at 127\.0\.0\.1:1 is unreachable: /)]),
    );
    await limiter.take(service, 'normal', 'email');
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('the rate limit and the daily limit, read in one round trip', () => {
  let redis: LimitsRedis;
  beforeAll(async () => {
    redis = new LimitsRedis({ queuePrefix: `{limits-${randomBytes(4).toString('hex')}}`, redisUrl: loadTestSettings().redisUrl } as HeraldConfig);
    await redis.onModuleInit();
  });
  afterAll(() => redis.onApplicationShutdown());
  const aService = (id: string) => ({ ...service, id, rateLimit: 3000, emailMessageLimit: 2 });

  it('answers the daily limit a send would pass along with its token', async () => {
    const limits = new DailyLimits(redis);
    const limiter = new RateLimiter(redis, limits);
    const sender = aService(randomBytes(8).toString('hex'));
    await expect(limiter.take(sender, 'normal', 'email')).resolves.toBeNull();
    await limits.record(sender, 'normal', 'email');
    await limits.record(sender, 'normal', 'email');
    await expect(limiter.take(sender, 'normal', 'email')).resolves.toMatchObject({ code: 'daily-limit', message: 'Exceeded send limits (email: 2) for today' });
    await expect(limiter.take(sender, 'normal', 'sms')).resolves.toBeNull();
    await expect(limiter.take(sender, 'normal')).resolves.toBeNull();
  });

  it('refuses with the rate limit once the bucket is empty, whatever the day’s count', async () => {
    const limiter = new RateLimiter(redis, new DailyLimits(redis));
    const sender = { ...aService(randomBytes(8).toString('hex')), rateLimit: 3 };
    await limiter.take(sender, 'normal', 'email');
    await limiter.take(sender, 'normal', 'email');
    await expect(limiter.take(sender, 'normal', 'email')).rejects.toMatchObject({
      errors: [{ error: 'RateLimitError', message: 'Exceeded rate limit for key type LIVE of 3 requests per 60 seconds' }],
    });
  });
});

describe('the token bucket’s shape (docs/api-contract.md §7)', () => {
  it('refills at rate_limit/60 a second and holds min(ceil(rate_limit/3)+1, 1000)', () => {
    expect(bucketFor(3000)).toEqual({ tokensPerSecond: 50, capacity: 1000 });
    expect(bucketFor(6)).toEqual({ tokensPerSecond: 0.1, capacity: 3 });
    expect(bucketFor(100)).toEqual({ tokensPerSecond: 100 / 60, capacity: 35 });
  });
});
