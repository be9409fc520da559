import { Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { connectWithin, openFailFastRedis } from './fail-fast-redis';
import type { RedisClient } from './redis-connection';
import { RedisOutageReporter } from './redis-outage-reporter';

const CONNECT_WAIT_MS = 2000;
const COMMAND_TIMEOUT_MS = 1000;

/**
 * The Redis connection the rate limit and daily limits keep their counters on, with the
 * outage policy both share: a limit that cannot be checked lets the request through (the
 * notification is still stored and queued, as the email path promises), and the requests let
 * through are counted in the line that ends the outage (RedisOutageReporter). Commands fail at once while disconnected instead of queueing.
 */
@Injectable()
export class LimitsRedis implements OnModuleInit, OnApplicationShutdown {
  readonly client: RedisClient;
  /** Every key is under the queue prefix, so a Redis cluster keeps them on the prefix's slot. */
  readonly keyPrefix: string;
  private readonly outages: RedisOutageReporter;

  constructor(@InjectConfig() config: HeraldConfig) {
    this.outages = RedisOutageReporter.for(config.redisUrl);
    this.keyPrefix = `${config.queuePrefix}:limits`;
    // Every send takes a token and counts itself here: concurrent requests share writes.
    this.client = openFailFastRedis(config, COMMAND_TIMEOUT_MS, { autoPipelining: true });
  }

  /** Waits briefly for the first connection so that the first requests are limited too. */
  async onModuleInit(): Promise<void> {
    await connectWithin(this.client, CONNECT_WAIT_MS);
  }

  onApplicationShutdown(): void {
    this.client.disconnect();
  }

  /** Runs a limit operation; if Redis fails, warns (once a minute) and returns the fallback. */
  async orFallback<T>(operation: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      this.warnOutage(error as Error);
      return fallback;
    }
  }

  private warnOutage(error: Error): void {
    this.outages.noteEffect(error, 'limits', (count) => `a limit could not be checked ${count} time${count === 1 ? '' : 's'} (the sends went through)`);
  }
}
