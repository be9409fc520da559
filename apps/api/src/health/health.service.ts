import { Injectable } from '@nestjs/common';
import { DatabaseReadiness } from '@herald/persistence';
import { RedisReadiness } from '@herald/redis';
import { HealthCheckError, HealthComponents } from './health-check.error';

/**
 * `/_status`: ok when the database and Redis both answer (Notify's health check, docs/api-contract.md §4.1);
 * otherwise 503 naming which is down. `?simple` answers without checking either: the liveness
 * check, which an outage of either must not fail. `/_status/ready`: the readiness check, which also
 * needs every migration applied and is 503 from the moment the API is told to stop, so a load
 * balancer sends new requests elsewhere while those in hand finish.
 */
@Injectable()
export class HealthService {
  private stopping = false;

  constructor(
    private readonly database: DatabaseReadiness,
    private readonly redis: RedisReadiness,
  ) {}

  /** Called on SIGTERM, before the server stops taking connections. */
  markStopping(): void {
    this.stopping = true;
  }

  async status(simple: boolean): Promise<Record<string, unknown>> {
    if (simple) return { status: 'ok' };
    const [database, redis] = await Promise.all([this.database.answers(), this.redis.answers()]);
    const components: HealthComponents = { database: database ? 'ok' : 'unavailable', redis: redis ? 'ok' : 'unavailable' };
    if (!database || !redis) throw new HealthCheckError(components);
    return { status: 'ok', ...components };
  }

  async ready(): Promise<Record<string, unknown>> {
    const [database, redis] = await Promise.all([this.database.state(), this.redis.answers()]);
    const components: HealthComponents = { ...database, redis: redis ? 'ok' : 'unavailable', process: this.stopping ? 'stopping' : 'ok' };
    if (Object.values(components).some((state) => state !== 'ok')) throw new HealthCheckError(components);
    return { status: 'ok', ...components };
  }
}
