import Redis from 'ioredis';
import { redisAddress } from './redis-address';

/** Fails fast, with the setting to change, when Redis is not there: the queues cannot work without it. */
export async function assertRedisReachable(url: string, timeoutMs = 3000): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null, disconnectTimeout: 100 });
  // The socket's error (ECONNREFUSED, a timeout) says more than the "Connection is closed" that connect() rejects with.
  let socketError: Error | undefined;
  client.on('error', (error: Error) => (socketError ??= error));
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    const reason = (socketError ?? (error as Error)).message.replace(/\.$/, '');
    throw new Error(`Herald cannot reach Redis at ${redisAddress(url)} (REDIS_URL): ${reason}. Start Redis there, or set REDIS_URL to a Redis that runs.`);
  } finally {
    client.disconnect();
  }
}
