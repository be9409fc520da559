import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { aTestConfig } from '@herald/testing';
import { ServiceCallbackSlots } from './service-callback-slots';

/** The per-service limit on callbacks in flight, in the machine's Redis. */
describe('ServiceCallbackSlots', () => {
  let slots: ServiceCallbackSlots;
  let redis: Redis;
  let prefix: string;

  beforeAll(async () => {
    const config = await aTestConfig({ CALLBACK_CONCURRENCY_PER_SERVICE: '2' });
    prefix = config.queuePrefix;
    slots = new ServiceCallbackSlots(config);
    redis = new Redis(config.redisUrl);
  });
  afterAll(async () => {
    await slots.onApplicationShutdown();
    await redis.quit();
  });

  it('gives each service up to its limit, independently of other services', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    expect(await slots.acquire(a, 'job-1')).toBe(true);
    expect(await slots.acquire(a, 'job-2')).toBe(true);
    expect(await slots.acquire(a, 'job-3')).toBe(false);
    expect(await slots.acquire(b, 'job-4')).toBe(true);

    await slots.release(a, 'job-1');
    expect(await slots.acquire(a, 'job-3')).toBe(true);
  });

  it('frees the slot of a worker that died once its lease lapses', async () => {
    const service = randomUUID();
    const key = `${prefix}:callback-slots:${service}`;
    await redis.zadd(key, Date.now() - 1, 'dead-worker-job-1', Date.now() - 1, 'dead-worker-job-2');
    expect(await slots.acquire(service, 'job-1')).toBe(true);
    expect(await redis.zscore(key, 'dead-worker-job-1')).toBeNull();
    expect(await redis.pttl(key)).toBeGreaterThan(0);
  });
});
