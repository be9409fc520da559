import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { loadTestSettings } from '@herald/config';
import { RedisSmsProviderHealth } from './redis-sms-provider-health';

const settings = { windowSeconds: 2, minSends: 3, errorRatePercent: 50, p90LatencyMs: 1000, probeIntervalMs: 60_000, probeSuccesses: 2 };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SMS provider health in Redis, shared by every worker', () => {
  const redis = new Redis(loadTestSettings().redisUrl);
  const prefix = `{herald-test-health-${randomBytes(4).toString('hex')}}`;
  const health = new RedisSmsProviderHealth(redis, prefix, settings);
  const anotherWorkersHealth = new RedisSmsProviderHealth(new Redis(loadTestSettings().redisUrl), prefix, settings);

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await anotherWorkersHealth.onApplicationShutdown();
    await health.onApplicationShutdown();
  });

  it('starts with an empty window, switched on', async () => {
    expect(await health.states(['twilio'])).toEqual(
      new Map([['twilio', { switchedOff: false, tripped: false, window: { sends: 0, failures: 0, latencyTotalMs: 0, slowSends: 0 } }]]),
    );
  });

  it('sums the sends every worker records: failures, latency and slow sends', async () => {
    await health.record('twilio-a', { ok: true, latencyMs: 120.4 });
    await anotherWorkersHealth.record('twilio-a', { ok: false, latencyMs: 1500 });
    await health.record('twilio-a', { ok: false, latencyMs: 30 });
    expect((await anotherWorkersHealth.states(['twilio-a'])).get('twilio-a')?.window).toEqual({ sends: 3, failures: 2, latencyTotalMs: 1650, slowSends: 1 });
  });

  it('forgets sends once they slide out of the window, and prunes their buckets', async () => {
    await health.record('twilio-b', { ok: false, latencyMs: 10 });
    expect((await health.states(['twilio-b'])).get('twilio-b')?.window.sends).toBe(1);
    await pause(2100);
    expect((await health.states(['twilio-b'])).get('twilio-b')?.window.sends).toBe(0);
    await health.record('twilio-b', { ok: true, latencyMs: 10 });
    const fields = Object.keys(await redis.hgetall(`${prefix}:sms-provider:twilio-b:window`)).filter((f) => f !== 'pruned');
    expect(fields.map((f) => f.split(':')[1]).sort()).toEqual(['l', 'n']);
    expect(await redis.ttl(`${prefix}:sms-provider:twilio-b:window`)).toBeGreaterThan(0);
  });

  it('switches a provider off and on again', async () => {
    await health.switchOff('twilio-c');
    expect((await anotherWorkersHealth.states(['twilio', 'twilio-c'])).get('twilio-c')?.switchedOff).toBe(true);
    await health.switchOn('twilio-c');
    expect((await health.states(['twilio-c'])).get('twilio-c')?.switchedOff).toBe(false);
  });

  it('does not count a slow success as a probe success', async () => {
    await health.trip('slowpoke');
    await health.record('slowpoke', { ok: true, latencyMs: 40 });
    await health.record('slowpoke', { ok: true, latencyMs: 1500 });
    await health.record('slowpoke', { ok: true, latencyMs: 40 });
    expect((await health.states(['slowpoke'])).get('slowpoke')?.tripped).toBe(true);
    await health.record('slowpoke', { ok: true, latencyMs: 40 });
    expect((await health.states(['slowpoke'])).get('slowpoke')?.tripped).toBe(false);
  });
});
