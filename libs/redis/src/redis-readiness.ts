import { Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { connectWithin, openFailFastRedis } from './fail-fast-redis';
import type { RedisClient } from './redis-connection';

const REDIS_TIMEOUT_MS = 1000;
const CONNECT_WAIT_MS = 2000;

/**
 * Whether Redis answers, asked on a fail-fast connection of its own: a health check during an
 * outage answers at once instead of waiting behind the queues' reconnecting connections.
 */
@Injectable()
export class RedisReadiness implements OnModuleInit, OnApplicationShutdown {
  private readonly redis: RedisClient;

  constructor(@InjectConfig() config: HeraldConfig) {
    this.redis = openFailFastRedis(config, REDIS_TIMEOUT_MS);
  }

  async onModuleInit(): Promise<void> {
    await connectWithin(this.redis, CONNECT_WAIT_MS);
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }

  async answers(): Promise<boolean> {
    return this.redis.ping().then(
      (reply) => reply === 'PONG',
      () => false,
    );
  }
}
