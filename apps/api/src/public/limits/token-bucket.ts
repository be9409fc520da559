import { createHash } from 'node:crypto';
import type Redis from 'ioredis';

/**
 * One atomic take from a token bucket kept in a Redis hash. Redis's own clock is used, so every
 * API instance refills the bucket alike. Returns 1 when a token was taken, 0 when none was left.
 * KEYS[1] bucket; ARGV[1] tokens per second; ARGV[2] capacity; ARGV[3] expiry in milliseconds.
 */
const TAKE_TOKEN_SCRIPT = `
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
return taken
`;

const SCRIPT_SHA = createHash('sha1').update(TAKE_TOKEN_SCRIPT).digest('hex');

export interface BucketShape {
  readonly tokensPerSecond: number;
  readonly capacity: number;
}

/** Takes a token, by EVALSHA; if Redis has not seen the script yet (NOSCRIPT), by EVAL, which also caches it. */
export async function takeToken(client: Redis, key: string, bucket: BucketShape): Promise<boolean> {
  // Long enough for an empty bucket to fill up again; after that a missing key means a full one.
  const expiryMs = Math.ceil((bucket.capacity / bucket.tokensPerSecond) * 1000) + 1000;
  const args = [key, String(bucket.tokensPerSecond), String(bucket.capacity), String(expiryMs)];
  try {
    return (await client.evalsha(SCRIPT_SHA, 1, ...args)) === 1;
  } catch (error) {
    if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
    return (await client.eval(TAKE_TOKEN_SCRIPT, 1, ...args)) === 1;
  }
}
