import { OutboundSms, ProviderAcceptance, ProviderError, SmsProvider } from '@herald/domain';
import { SmsProviderHealth, SmsProviderState } from './sms-provider-health';
import { SmsProviderSelector } from './sms-provider-selector';

class NamedProvider implements SmsProvider {
  constructor(readonly name: string) {}
  async send(sms: OutboundSms): Promise<ProviderAcceptance> {
    return { provider: this.name, reference: sms.notificationId, status: 'sending' };
  }
}

/** Our own health store, kept in memory (the Redis one has its own integration test). */
class InMemoryHealth implements SmsProviderHealth {
  readonly failures = new Map<string, number>();
  readonly off = new Set<string>();
  broken = false;

  async states(names: readonly string[]): Promise<Map<string, SmsProviderState>> {
    if (this.broken) throw new Error('Redis is down');
    return new Map(names.map((n) => [n, { recentFailures: this.failures.get(n) ?? 0, switchedOff: this.off.has(n) }]));
  }
  async recordFailure(name: string): Promise<void> {
    if (this.broken) throw new Error('Redis is down');
    this.failures.set(name, (this.failures.get(name) ?? 0) + 1);
  }
  async recordSuccess(name: string): Promise<void> {
    if (this.broken) throw new Error('Redis is down');
    this.failures.delete(name);
  }
  async switchOff(name: string): Promise<void> {
    this.off.add(name);
  }
  async switchOn(name: string): Promise<void> {
    this.off.delete(name);
  }
}

describe('choosing the SMS provider', () => {
  const first = new NamedProvider('twilio');
  const second = new NamedProvider('twilio-b');
  const third = new NamedProvider('twilio-c');
  let health: InMemoryHealth;
  let selector: SmsProviderSelector;

  beforeEach(() => {
    health = new InMemoryHealth();
    selector = new SmsProviderSelector([first, second, third], health, 2);
  });

  it('uses the highest-priority provider while it is healthy', async () => {
    await selector.recordFailure(first);
    expect(await selector.choose()).toBe(first);
  });

  it('moves to the next provider once the first has failed its last N sends', async () => {
    await selector.recordFailure(first);
    await selector.recordFailure(first);
    expect(await selector.choose()).toBe(second);
  });

  it('goes back to the first provider after a success resets its count', async () => {
    await selector.recordFailure(first);
    await selector.recordFailure(first);
    await selector.recordSuccess(first);
    expect(await selector.choose()).toBe(first);
  });

  it('skips a switched-off provider however healthy it is', async () => {
    await health.switchOff('twilio');
    expect(await selector.choose()).toBe(second);
  });

  it('still tries the highest switched-on provider when every provider is failing', async () => {
    for (const provider of [first, second, third]) {
      await selector.recordFailure(provider);
      await selector.recordFailure(provider);
    }
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
    await expect(selector.recordSuccess(first)).resolves.toBeUndefined();
    await expect(selector.recordFailure(first)).resolves.toBeUndefined();
  });

  it('needs at least one provider', () => {
    expect(() => new SmsProviderSelector([], health, 1)).toThrow('SmsProviderSelector needs at least one provider');
  });
});
