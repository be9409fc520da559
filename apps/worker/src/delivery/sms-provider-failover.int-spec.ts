import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { loadTestSettings } from '@herald/config';
import { OutboundSms, ProviderAcceptance, SmsProvider } from '@herald/domain';
import { SmsProviderSelector } from '@herald/providers';
import { RedisSmsProviderHealth } from '@herald/redis';

class NamedProvider implements SmsProvider {
  constructor(readonly name: string) {}
  async send(sms: OutboundSms): Promise<ProviderAcceptance> {
    return { provider: this.name, reference: sms.notificationId, status: 'sending' };
  }
}

const settings = { windowSeconds: 2, minSends: 3, errorRatePercent: 50, p90LatencyMs: 1000, probeIntervalMs: 60_000, probeSuccesses: 2 };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SMS failover shared by every worker through the health in Redis', () => {
  const redis = new Redis(loadTestSettings().redisUrl);
  const prefix = `{herald-test-failover-${randomBytes(4).toString('hex')}}`;
  const health = new RedisSmsProviderHealth(redis, prefix, settings);
  const anotherWorkersHealth = new RedisSmsProviderHealth(new Redis(loadTestSettings().redisUrl), prefix, settings);

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await anotherWorkersHealth.onApplicationShutdown();
    await health.onApplicationShutdown();
  });

  it('fails a provider over for two workers together, and brings it back for both after probe successes in a row', async () => {
    const [first, backup] = [new NamedProvider('primary'), new NamedProvider('backup')];
    const one = new SmsProviderSelector([first, backup], health, settings, 0);
    const other = new SmsProviderSelector([first, backup], anotherWorkersHealth, settings, 0);
    expect(await other.choose()).toBe(first);

    for (let i = 0; i < 3; i += 1) await one.record(first, { ok: false, latencyMs: 50 });
    expect(await other.choose()).toBe(backup);
    expect((await health.states(['primary'])).get('primary')?.tripped).toBe(true);
    // The first worker finds it failed over by the other: one probe text, then the backup.
    expect(await one.choose()).toBe(first);
    expect(await one.choose()).toBe(backup);

    await pause(2100);
    expect(await other.choose()).toBe(backup);
    await one.record(first, { ok: true, latencyMs: 40 });
    await one.record(first, { ok: false, latencyMs: 40 });
    await one.record(first, { ok: true, latencyMs: 40 });
    expect(await other.choose()).toBe(backup);
    await one.record(first, { ok: true, latencyMs: 40 });
    expect(await other.choose()).toBe(first);
    expect(await one.choose()).toBe(first);
    expect((await health.states(['primary'])).get('primary')).toEqual({
      switchedOff: false,
      tripped: false,
      window: { sends: 0, failures: 0, latencyTotalMs: 0, slowSends: 0 },
    });
  });
});
