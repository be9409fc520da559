import { Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { connectWithin, openFailFastRedis } from '@herald/redis';
import { HealthCheckError, HealthComponents } from './health-check.error';

const REDIS_TIMEOUT_MS = 1000;
const CONNECT_WAIT_MS = 2000;

/**
 * `/_status`: ok when the database and Redis both answer (Notify's health check, docs/api-contract.md §4.1);
 * otherwise 503 naming which is down. `?simple` answers without checking either. Redis is asked
 * on a fail-fast connection of its own, so a check during an outage answers at once.
 */
@Injectable()
export class HealthService implements OnModuleInit, OnApplicationShutdown {
  private readonly redis: Redis;

  constructor(
    private readonly dataSource: DataSource,
    @InjectConfig() config: HeraldConfig,
  ) {
    this.redis = openFailFastRedis(config.redisUrl, REDIS_TIMEOUT_MS);
  }

  async onModuleInit(): Promise<void> {
    await connectWithin(this.redis, CONNECT_WAIT_MS);
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }

  async status(simple: boolean): Promise<Record<string, unknown>> {
    if (simple) return { status: 'ok' };
    const [database, redis] = await Promise.all([this.databaseAnswers(), this.redisAnswers()]);
    const components: HealthComponents = { database: database ? 'ok' : 'unavailable', redis: redis ? 'ok' : 'unavailable' };
    if (!database || !redis) throw new HealthCheckError(components);
    return { status: 'ok', ...components };
  }

  private async databaseAnswers(): Promise<boolean> {
    return this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
  }

  private async redisAnswers(): Promise<boolean> {
    return this.redis.ping().then(
      (reply) => reply === 'PONG',
      () => false,
    );
  }
}
