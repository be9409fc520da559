import { Injectable } from '@nestjs/common';
import { DatabaseReadiness } from '@herald/persistence';
import { RedisReadiness } from '@herald/redis';

export interface WorkerHealth {
  readonly status: 'ok' | 'error';
  readonly [component: string]: string;
}

/**
 * A standalone worker's health: `/_status` answers while the process runs (liveness: an outage of
 * the database or Redis is waited out, not a reason to restart it); `/_status/ready` is ok when
 * the database and Redis answer, every migration is applied and the worker is not stopping.
 */
@Injectable()
export class WorkerHealthService {
  private stopping = false;

  constructor(
    private readonly database: DatabaseReadiness,
    private readonly redis: RedisReadiness,
  ) {}

  /** Called on SIGTERM, before the queues' workers close. */
  markStopping(): void {
    this.stopping = true;
  }

  live(): WorkerHealth {
    return { status: 'ok', process: this.stopping ? 'stopping' : 'ok' };
  }

  async ready(): Promise<WorkerHealth> {
    const [database, redis] = await Promise.all([this.database.state(), this.redis.answers()]);
    const components = { ...database, redis: redis ? 'ok' : 'unavailable', process: this.stopping ? 'stopping' : 'ok' };
    const ok = Object.values(components).every((state) => state === 'ok');
    return { status: ok ? 'ok' : 'error', ...components };
  }
}
