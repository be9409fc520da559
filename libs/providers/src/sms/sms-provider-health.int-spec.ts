import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { loadTestSettings } from '@herald/config';
import { RedisSmsProviderHealth } from './sms-provider-health';

describe('SMS provider health in Redis', () => {
  const redis = new Redis(loadTestSettings().redisUrl);
  const prefix = `{herald-test-health-${randomBytes(4).toString('hex')}}`;
  const health = new RedisSmsProviderHealth(redis, prefix, 1);
  const sharedByAnotherWorker = new RedisSmsProviderHealth(new Redis(loadTestSettings().redisUrl), prefix, 1);

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await sharedByAnotherWorker.onApplicationShutdown();
    await health.onApplicationShutdown();
  });

  it('starts healthy and switched on', async () => {
    expect(await health.states(['twilio'])).toEqual(new Map([['twilio', { recentFailures: 0, switchedOff: false }]]));
  });

  it('counts failures in a row, seen by every worker, until a success', async () => {
    await health.recordFailure('twilio');
    await health.recordFailure('twilio');
    expect((await sharedByAnotherWorker.states(['twilio'])).get('twilio')?.recentFailures).toBe(2);
    await sharedByAnotherWorker.recordSuccess('twilio');
    expect((await health.states(['twilio'])).get('twilio')?.recentFailures).toBe(0);
  });

  it('forgets failures once the cool-down has passed', async () => {
    await health.recordFailure('twilio-b');
    expect((await health.states(['twilio-b'])).get('twilio-b')?.recentFailures).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect((await health.states(['twilio-b'])).get('twilio-b')?.recentFailures).toBe(0);
  });

  it('switches a provider off and on again', async () => {
    await health.switchOff('twilio-c');
    expect((await sharedByAnotherWorker.states(['twilio', 'twilio-c'])).get('twilio-c')).toEqual({ recentFailures: 0, switchedOff: true });
    await health.switchOn('twilio-c');
    expect((await health.states(['twilio-c'])).get('twilio-c')?.switchedOff).toBe(false);
  });
});
