import type Redis from 'ioredis';

/** What every worker knows about one SMS provider. */
export interface SmsProviderState {
  /** Failed sends in a row; the count lapses a cool-down after the last failure. */
  readonly recentFailures: number;
  /** An operator took the provider out of rotation. */
  readonly switchedOff: boolean;
}

/** Health of the SMS providers, shared by all workers. */
export interface SmsProviderHealth {
  states(names: readonly string[]): Promise<Map<string, SmsProviderState>>;
  recordFailure(name: string): Promise<void>;
  recordSuccess(name: string): Promise<void>;
  switchOff(name: string): Promise<void>;
  switchOn(name: string): Promise<void>;
}

/**
 * Keeps provider health in Redis so every worker sees the same picture. Keys share the queue
 * prefix (a `{hash tag}` on a cluster), so one MGET reads them all.
 */
export class RedisSmsProviderHealth implements SmsProviderHealth {
  constructor(private readonly redis: Redis, private readonly keyPrefix: string, private readonly cooldownSeconds: number) {}

  async states(names: readonly string[]): Promise<Map<string, SmsProviderState>> {
    if (names.length === 0) return new Map();
    const values = await this.redis.mget(...names.flatMap((name) => [this.failuresKey(name), this.switchedOffKey(name)]));
    return new Map(names.map((name, i) => [name, { recentFailures: Number(values[2 * i] ?? 0), switchedOff: values[2 * i + 1] !== null }]));
  }

  async recordFailure(name: string): Promise<void> {
    await this.redis.multi().incr(this.failuresKey(name)).expire(this.failuresKey(name), this.cooldownSeconds).exec();
  }

  async recordSuccess(name: string): Promise<void> {
    await this.redis.del(this.failuresKey(name));
  }

  async switchOff(name: string): Promise<void> {
    await this.redis.set(this.switchedOffKey(name), '1');
  }

  async switchOn(name: string): Promise<void> {
    await this.redis.del(this.switchedOffKey(name));
  }

  /** The connection is this store's own; a stopping worker closes it. */
  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private failuresKey(name: string): string {
    return `${this.keyPrefix}:sms-provider:${name}:failures`;
  }

  private switchedOffKey(name: string): string {
    return `${this.keyPrefix}:sms-provider:${name}:switched-off`;
  }
}
