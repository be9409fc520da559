import type { RedisClient } from '@herald/redis';
import { LuaScript } from '@herald/redis';

/**
 * One atomic take from a token bucket kept in a Redis hash and, when a token was taken, the
 * values of the counters named after it (a send's daily counts), so that both limits cost one
 * round trip. Redis's own clock is used, so every API instance refills the bucket alike.
 * KEYS[1] bucket, KEYS[2..] counters; ARGV[1] tokens per second; ARGV[2] capacity; ARGV[3] expiry
 * in milliseconds. Returns { taken (1 or 0), count of KEYS[2], ... }.
 */
const TAKE_TOKEN = new LuaScript(`
local rate = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) + tonumber(time[2]) / 1000000
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * rate)
local taken = 0
if tokens >= 1 then
  tokens = tokens - 1
  taken = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], ARGV[3])
local result = { taken }
if taken == 1 then
  for i = 2, #KEYS do
    result[i] = tonumber(redis.call('GET', KEYS[i]) or '0')
  end
end
return result
`);

export interface BucketShape {
  readonly tokensPerSecond: number;
  readonly capacity: number;
}

export interface TokenTaken {
  readonly taken: boolean;
  /** The counters' values, in the order given (read only when a token was taken). */
  readonly counts: number[];
}

export async function takeToken(client: RedisClient, key: string, bucket: BucketShape, counters: readonly string[] = []): Promise<TokenTaken> {
  // Long enough for an empty bucket to fill up again; after that a missing key means a full one.
  const expiryMs = Math.ceil((bucket.capacity / bucket.tokensPerSecond) * 1000) + 1000;
  const [taken, ...counts] = (await TAKE_TOKEN.run(client, [key, ...counters], [bucket.tokensPerSecond, bucket.capacity, expiryMs])) as number[];
  return { taken: taken === 1, counts };
}
