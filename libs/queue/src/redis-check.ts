import Redis from 'ioredis';

/** Fails fast, with the fix, when Redis is not there: the queues cannot work without it. */
export async function assertRedisReachable(url: string, timeoutMs = 3000): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null, disconnectTimeout: 100 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch {
    throw new Error(
      `Herald cannot reach Redis at ${url}. Start it (for example: redis-server --daemonize yes, or docker run -d -p 6379:6379 redis:7) or set REDIS_URL.`,
    );
  } finally {
    client.disconnect();
  }
}
