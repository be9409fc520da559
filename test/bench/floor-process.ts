import { join } from 'node:path';
import { Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { BenchChild } from './bench-child';
import type { BenchDatabase } from './bench-database';
import type { BenchEnvironment } from './bench-environment';
import { FLOOR_TABLE, type FloorSettings } from './floor-server';

const START_TIMEOUT_MS = 60_000;

/** The floor's settings in a bench environment: its database and Redis, a queue prefix of its own, Herald's pool size, and the key to accept. */
export function floorSettings(environment: BenchEnvironment, key: { serviceId: string; secret: string }): FloorSettings {
  return {
    databaseUrl: environment.database.url,
    redisUrl: environment.config.redisUrl,
    queuePrefix: `{herald-bench-floor-${randomBytes(4).toString('hex')}}`,
    serviceId: key.serviceId,
    secret: key.secret,
    poolSize: environment.databasePoolPerProcess,
  };
}

/** The floor (floor-server.ts) in a child process of its own, listening on loopback. */
export class FloorProcess {
  private constructor(
    readonly child: BenchChild,
    readonly baseUrl: string,
    private readonly queues: Queue[],
  ) {}

  static async start(settings: FloorSettings): Promise<FloorProcess> {
    const child = BenchChild.spawn('the floor', join(__dirname, 'floor-server.js'), { NODE_ENV: 'production' }, { ipc: true });
    try {
      child.send({ start: settings });
      const { port } = await child.nextMessage(
        (message): message is { port: number } => typeof (message as { port?: unknown }).port === 'number',
        START_TIMEOUT_MS,
      );
      const connection = { url: settings.redisUrl, maxRetriesPerRequest: null };
      const queues = ['email', 'sms'].map((channel) => new Queue(`floor-send-${channel}`, { connection, prefix: settings.queuePrefix }));
      return new FloorProcess(child, `http://127.0.0.1:${port}`, queues);
    } catch (error) {
      await child.stop();
      throw error;
    }
  }

  /** Empties the floor's table and queues, so each run starts from the same state. */
  async reset(database: BenchDatabase): Promise<void> {
    await database.clearTable(FLOOR_TABLE);
    for (const queue of this.queues) await queue.obliterate({ force: true });
  }

  async stop(): Promise<void> {
    await this.child.stop();
    await Promise.all(this.queues.map((queue) => queue.obliterate({ force: true }).catch(() => undefined)));
    await Promise.all(this.queues.map((queue) => queue.close()));
  }
}
