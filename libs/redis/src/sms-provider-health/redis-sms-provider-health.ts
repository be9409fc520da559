import type { HeraldConfig, SmsFailoverSettings } from '@herald/config';
import { openRedis, RedisClient } from '../redis-connection';
import { RedisOutageReporter } from '../redis-outage-reporter';
import { EMPTY_WINDOW, SmsProviderHealth, SmsProviderState, SmsSendOutcome, summariseWindow } from '@herald/domain';

/** A failed-over flag lapses after an hour with no failure, in case no text has probed it since. */
const TRIPPED_TTL_SECONDS = 3600;

/**
 * Adds one send to the current second's bucket of a provider's window hash, then (once a second)
 * drops the buckets that have left the window. Redis's clock, not the worker's, names the bucket,
 * so workers with skewed clocks still share one window. A failed-over provider counts successes
 * in a row; enough of them bring it back, with a fresh window; a failure or a slow send starts
 * the count again.
 * KEYS[1] window hash, KEYS[2] failed-over flag; ARGV ok (1/0), latency ms, slow (1/0),
 * window seconds, successes needed.
 */
const RECORD_SCRIPT = `
local now = tonumber(redis.call('TIME')[1])
local key = KEYS[1]
local window = tonumber(ARGV[4])
redis.call('HINCRBY', key, now .. ':n', 1)
if ARGV[1] == '0' then redis.call('HINCRBY', key, now .. ':f', 1) end
redis.call('HINCRBY', key, now .. ':l', tonumber(ARGV[2]))
if ARGV[3] == '1' then redis.call('HINCRBY', key, now .. ':s', 1) end
local pruned = tonumber(redis.call('HGET', key, 'pruned') or '0')
if pruned < now then
  for _, field in ipairs(redis.call('HKEYS', key)) do
    local second = tonumber(string.match(field, '^(%d+):'))
    if second ~= nil and second <= now - window then redis.call('HDEL', key, field) end
  end
  redis.call('HSET', key, 'pruned', now)
end
redis.call('EXPIRE', key, window + 60)
if redis.call('EXISTS', KEYS[2]) == 1 then
  if ARGV[1] == '0' or ARGV[3] == '1' then
    redis.call('SET', KEYS[2], 0, 'EX', ${TRIPPED_TTL_SECONDS})
  elseif redis.call('INCR', KEYS[2]) >= tonumber(ARGV[5]) then
    redis.call('DEL', KEYS[2], key)
    return 2
  end
end
return 1
`;

type RecordCommand = (
  windowKey: string,
  trippedKey: string,
  ok: string,
  latencyMs: number,
  slow: string,
  windowSeconds: number,
  successesNeeded: number,
) => Promise<number>;

/**
 * Keeps provider health in Redis so every worker sees the same picture: per provider, a hash of
 * per-second buckets (sends, failures, latency total, slow sends) over the sliding window, and the
 * operator's switched-off flag. Keys share the queue prefix (a `{hash tag}` on a cluster), so one
 * MULTI reads them all, with Redis's clock, in a single round trip.
 */
export class RedisSmsProviderHealth implements SmsProviderHealth {
  private readonly recordSend: RecordCommand;

  constructor(
    private readonly redis: RedisClient,
    private readonly keyPrefix: string,
    private readonly settings: SmsFailoverSettings,
  ) {
    redis.defineCommand('heraldRecordSmsSend', { numberOfKeys: 2, lua: RECORD_SCRIPT });
    this.recordSend = (redis as unknown as { heraldRecordSmsSend: RecordCommand }).heraldRecordSmsSend.bind(redis);
  }

  async states(names: readonly string[]): Promise<Map<string, SmsProviderState>> {
    if (names.length === 0) return new Map();
    const read = this.redis.multi().time();
    for (const name of names) read.hgetall(this.windowKey(name)).get(this.switchedOffKey(name)).get(this.trippedKey(name));
    const results = (await read.exec()) ?? [];
    const failed = results.find(([error]) => error);
    if (failed || results.length !== 1 + 3 * names.length) throw failed?.[0] ?? new Error('Redis did not answer the health read');
    const nowSeconds = Number((results[0][1] as [string, string])[0]);
    return new Map(
      names.map((name, i) => {
        const [buckets, switchedOff, tripped] = results.slice(1 + 3 * i, 4 + 3 * i).map(([, value]) => value);
        const hash = (buckets ?? {}) as Record<string, string>;
        const window = Object.keys(hash).length ? summariseWindow(hash, nowSeconds, this.settings.windowSeconds) : EMPTY_WINDOW;
        return [name, { window, switchedOff: switchedOff !== null, tripped: tripped !== null }];
      }),
    );
  }

  async record(name: string, outcome: SmsSendOutcome): Promise<void> {
    const latencyMs = Math.max(0, Math.round(outcome.latencyMs));
    const slow = latencyMs > this.settings.p90LatencyMs ? '1' : '0';
    await this.recordSend(
      this.windowKey(name),
      this.trippedKey(name),
      outcome.ok ? '1' : '0',
      latencyMs,
      slow,
      this.settings.windowSeconds,
      this.settings.probeSuccesses,
    );
  }

  async trip(name: string): Promise<void> {
    await this.redis.set(this.trippedKey(name), '0', 'EX', TRIPPED_TTL_SECONDS, 'NX');
  }

  async switchOff(name: string): Promise<void> {
    await this.redis.set(this.switchedOffKey(name), '1');
  }

  async switchOn(name: string): Promise<void> {
    await this.redis.del(this.switchedOffKey(name));
  }

  /** The connection is this store's own; a stopping worker or API (or the CLI) closes it. */
  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private windowKey(name: string): string {
    return `${this.keyPrefix}:sms-provider:${name}:window`;
  }

  private trippedKey(name: string): string {
    return `${this.keyPrefix}:sms-provider:${name}:failed-over`;
  }

  private switchedOffKey(name: string): string {
    return `${this.keyPrefix}:sms-provider:${name}:switched-off`;
  }
}

/** The shared health store on a Redis connection of its own, which its owner closes (onApplicationShutdown). */
export function openSmsProviderHealth(config: HeraldConfig): RedisSmsProviderHealth {
  const redis = openRedis(config, { maxRetriesPerRequest: 2, lazyConnect: true });
  // Failed commands surface to their callers; the connection's own errors go to the outage reporter.
  RedisOutageReporter.for(config.redisUrl).watch(redis);
  return new RedisSmsProviderHealth(redis, config.queuePrefix, config.sms.failover);
}
