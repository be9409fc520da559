import { openRedis, RedisClient, RedisTarget } from './redis-connection';
import { RedisOutageReporter } from './redis-outage-reporter';

/**
 * A Redis connection for best-effort work on the request path (limits, the request log):
 * commands fail at once while Redis is away instead of queueing, so a request is never held up,
 * and a socket that never connected does not hold shutdown up for two seconds. Its connection
 * errors go to the process's RedisOutageReporter.
 */
export function openFailFastRedis(target: RedisTarget, commandTimeoutMs: number, options: { autoPipelining?: boolean } = {}): RedisClient {
  const client = openRedis(target, {
    // Commands issued in one tick leave in one write; while a batch is out, the next one gathers.
    enableAutoPipelining: options.autoPipelining ?? false,
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: commandTimeoutMs,
    disconnectTimeout: 100,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  return RedisOutageReporter.for(target.redisUrl).watch(client);
}

/** Starts connecting and waits at most `waitMs` for it, so the first requests find Redis ready when it is there. */
export async function connectWithin(client: RedisClient, waitMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const wait = new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)));
  await Promise.race([client.connect().catch(() => undefined), wait]);
  clearTimeout(timer);
}
