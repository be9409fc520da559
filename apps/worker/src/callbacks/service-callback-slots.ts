import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { openRedis, RedisClient, RedisOutageReporter } from '@herald/redis';
import { CALLBACK_TIMEOUT_MS } from './callback-http-client';

/** A slot is held at most this long: a worker that dies mid-request frees its slot when it lapses. */
const LEASE_MS = CALLBACK_TIMEOUT_MS * 6;

/** Takes a slot if fewer than the limit are held (lapsed leases dropped first). Returns 1 or 0. */
const ACQUIRE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZSCORE', KEYS[1], ARGV[4]) == false and redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1
`;

/**
 * How many callbacks each service has in flight, shared by every worker in Redis: a sorted set
 * per service of job ids scored by the end of their lease. A slow URL uses up only its own
 * service's slots; the queue's much larger worker concurrency stays free for everyone else.
 */
@Injectable()
export class ServiceCallbackSlots implements OnApplicationShutdown {
  private readonly redis: RedisClient;

  constructor(@InjectConfig() private readonly config: HeraldConfig) {
    this.redis = RedisOutageReporter.for(config.redisUrl).watch(openRedis(config, { maxRetriesPerRequest: 2, lazyConnect: true }));
  }

  async acquire(serviceId: string, holder: string): Promise<boolean> {
    const now = Date.now();
    const taken = await this.redis.eval(ACQUIRE, 1, this.key(serviceId), now, now + LEASE_MS, this.config.callbacks.concurrencyPerService, holder, LEASE_MS);
    return Number(taken) === 1;
  }

  async release(serviceId: string, holder: string): Promise<void> {
    await this.redis.zrem(this.key(serviceId), holder);
  }

  /** The connection is this store's own; a stopping worker closes it. */
  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private key(serviceId: string): string {
    return `${this.config.queuePrefix}:callback-slots:${serviceId}`;
  }
}
