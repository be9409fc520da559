import {
  EMPTY_WINDOW,
  OutboundSms,
  ProviderAcceptance,
  ProviderError,
  SmsProvider,
  SmsProviderHealth,
  SmsProviderState,
  SmsProviderWindow,
  SmsSendOutcome,
} from '@herald/domain';
import { SmsProviderSelector } from './sms-provider-selector';

class NamedProvider implements SmsProvider {
  constructor(readonly name: string) {}
  async send(sms: OutboundSms): Promise<ProviderAcceptance> {
    return { provider: this.name, reference: sms.notificationId, status: 'sending' };
  }
}

/** Our own health store, kept in memory with no window sliding (the Redis one has its own integration test). */
class InMemoryHealth implements SmsProviderHealth {
  readonly windows = new Map<string, SmsProviderWindow>();
  readonly off = new Set<string>();
  readonly tripped = new Map<string, number>();
  reads = 0;
  broken = false;

  async states(names: readonly string[]): Promise<Map<string, SmsProviderState>> {
    this.reads += 1;
    if (this.broken) throw new Error('Redis is down');
    return new Map(names.map((n) => [n, { window: this.windows.get(n) ?? EMPTY_WINDOW, switchedOff: this.off.has(n), tripped: this.tripped.has(n) }]));
  }
  async record(name: string, outcome: SmsSendOutcome): Promise<void> {
    if (this.broken) throw new Error('Redis is down');
    const w = this.windows.get(name) ?? EMPTY_WINDOW;
    this.windows.set(name, {
      sends: w.sends + 1,
      failures: w.failures + (outcome.ok ? 0 : 1),
      latencyTotalMs: w.latencyTotalMs + outcome.latencyMs,
      slowSends: w.slowSends + (outcome.latencyMs > 1000 ? 1 : 0),
    });
    // As the Redis script: successes in a row bring a failed-over provider back with a fresh window.
    if (!this.tripped.has(name)) return;
    const inARow = outcome.ok && outcome.latencyMs <= 1000 ? this.tripped.get(name)! + 1 : 0;
    this.tripped.set(name, inARow);
    if (inARow >= 2) {
      this.tripped.delete(name);
      this.windows.delete(name);
    }
  }
  async trip(name: string): Promise<void> {
    if (!this.tripped.has(name)) this.tripped.set(name, 0);
  }
  async switchOff(name: string): Promise<void> {
    this.off.add(name);
  }
  async switchOn(name: string): Promise<void> {
    this.off.delete(name);
  }
}

const settings = { windowSeconds: 30, minSends: 4, errorRatePercent: 50, p90LatencyMs: 1000, probeIntervalMs: 5000, probeSuccesses: 2 };

describe('choosing the SMS provider', () => {
  const first = new NamedProvider('twilio');
  const second = new NamedProvider('twilio-b');
  const third = new NamedProvider('twilio-c');
  let health: InMemoryHealth;
  let selector: SmsProviderSelector;
  const sends = async (provider: SmsProvider, ok: boolean, times: number, latencyMs = 100) => {
    for (let i = 0; i < times; i += 1) await selector.record(provider, { ok, latencyMs });
  };

  beforeEach(() => {
    health = new InMemoryHealth();
    // No caching here: each choice reads the store (caching has its own test).
    selector = new SmsProviderSelector([first, second, third], health, settings, 0);
  });

  it('uses the highest-priority provider while its error rate is under the threshold', async () => {
    await sends(first, true, 3);
    await sends(first, false, 2);
    expect(await selector.choose()).toBe(first);
  });

  it('moves to the next provider once the error rate reaches the threshold over enough sends', async () => {
    await sends(first, true, 2);
    await sends(first, false, 2);
    expect(await selector.choose()).toBe(second);
  });

  it('does not judge a provider on fewer sends than the minimum', async () => {
    await sends(first, false, 3);
    expect(await selector.choose()).toBe(first);
  });

  it('moves away from a provider whose 90th-percentile latency is over the threshold, though every send succeeded', async () => {
    await sends(first, true, 8, 200);
    await sends(first, true, 2, 5000);
    expect(await selector.choose()).toBe(second);
  });

  it('keeps a provider whose slow sends are no more than one in ten', async () => {
    await sends(first, true, 9, 200);
    await sends(first, true, 1, 5000);
    expect(await selector.choose()).toBe(first);
  });

  it('fails a provider over for every worker when its window turns unhealthy', async () => {
    await sends(first, false, 4);
    expect(await selector.choose()).toBe(second);
    expect(health.tripped.has('twilio')).toBe(true);
  });

  it('keeps a failed-over provider out of rotation even when its window has cleared, but for probe texts', async () => {
    let now = 0;
    const probing = new SmsProviderSelector([first, second], health, settings, 0, () => now);
    await health.trip('twilio');
    expect(await probing.choose()).toBe(first); // the first probe is due at once
    expect(await probing.choose()).toBe(second);
    now = 4999;
    expect(await probing.choose()).toBe(second);
    now = 5000;
    expect(await probing.choose()).toBe(first);
    expect(await probing.choose()).toBe(second);
  });

  it('never spends a retried text on a probe: it goes to the provider in rotation, and the probe waits for a first try', async () => {
    const probing = new SmsProviderSelector([first, second], health, settings, 0, () => 0);
    await health.trip('twilio');
    expect(await probing.choose({ mayProbe: false })).toBe(second);
    expect(await probing.choose({ mayProbe: false })).toBe(second);
    expect(await probing.choose({ mayProbe: true })).toBe(first);
  });

  it('waits a probe interval after failing a provider over before probing it', async () => {
    let now = 0;
    const probing = new SmsProviderSelector([first, second], health, settings, 0, () => now);
    await sends(first, false, 4);
    expect(await probing.choose()).toBe(second);
    now = 4000;
    expect(await probing.choose()).toBe(second);
    now = 5000;
    expect(await probing.choose()).toBe(first);
  });

  it('brings a failed-over provider back after enough probe successes in a row, with a fresh window', async () => {
    await sends(first, false, 4);
    expect(await selector.choose()).toBe(second);
    await sends(first, true, 1);
    await sends(first, false, 1);
    await sends(first, true, 1);
    expect(await selector.choose()).toBe(second);
    await sends(first, true, 1);
    expect(await selector.choose()).toBe(first);
  });

  it('skips a switched-off provider however healthy it is', async () => {
    await health.switchOff('twilio');
    expect(await selector.choose()).toBe(second);
  });

  it('still tries the highest switched-on provider when every provider is failing', async () => {
    for (const provider of [first, second, third]) await sends(provider, false, 4);
    await health.switchOff('twilio');
    expect(await selector.choose()).toBe(second);
  });

  it('refuses, as retryable, when every provider is switched off', async () => {
    for (const name of ['twilio', 'twilio-b', 'twilio-c']) await health.switchOff(name);
    await expect(selector.choose()).rejects.toEqual(ProviderError.retryable('Every SMS provider is switched off'));
  });

  it('falls back to the priority order, and never fails a send, when the health store is unreachable', async () => {
    health.broken = true;
    expect(await selector.choose()).toBe(first);
    await expect(selector.record(first, { ok: true, latencyMs: 10 })).resolves.toBeUndefined();
  });

  it('reads the shared health at most once per cache period, however many texts are sent', async () => {
    let now = 0;
    const cached = new SmsProviderSelector([first, second], health, settings, 1000, () => now);
    await Promise.all([cached.choose(), cached.choose(), cached.choose()]);
    await sends(first, false, 4);
    now = 999;
    expect(await cached.choose()).toBe(first);
    expect(health.reads).toBe(1);
    now = 1000;
    expect(await cached.choose()).toBe(second);
    expect(health.reads).toBe(2);
  });

  it('reports every provider by priority with its switch and window, for operators', async () => {
    await sends(first, false, 3, 300);
    await sends(first, true, 1, 500);
    await health.switchOff('twilio-c');
    expect(await selector.report()).toEqual([
      {
        name: 'twilio',
        enabled: true,
        failedOver: false,
        healthy: false,
        reason: '75% of 4 sends failed over 30 s',
        sends: 4,
        errorRatePercent: 75,
        averageLatencyMs: 350,
        slowPercent: 0,
      },
      { name: 'twilio-b', enabled: true, failedOver: false, healthy: true, reason: null, sends: 0, errorRatePercent: 0, averageLatencyMs: 0, slowPercent: 0 },
      { name: 'twilio-c', enabled: false, failedOver: false, healthy: true, reason: null, sends: 0, errorRatePercent: 0, averageLatencyMs: 0, slowPercent: 0 },
    ]);
  });

  it('needs at least one provider', () => {
    expect(() => new SmsProviderSelector([], health, settings)).toThrow('SmsProviderSelector needs at least one provider');
  });
});
