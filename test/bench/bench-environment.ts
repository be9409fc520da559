import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigSource, HeraldConfig, loadConfig, loadTestSettings } from '@herald/config';
import { dataSourceOptions } from '@herald/persistence';
import { BenchDatabase } from './bench-database';
import { BenchQueues } from './bench-queues';

/**
 * One benchmark's world: its own PostgreSQL database (dropped and made afresh), its own queue
 * prefix, a data folder, and the settings every Herald process of the run is started with.
 */
export class BenchEnvironment {
  private constructor(
    readonly database: BenchDatabase,
    readonly source: ConfigSource,
    readonly config: HeraldConfig,
    readonly queues: BenchQueues,
    private readonly dataDir: string,
  ) {}

  /** `name`: the database's, e.g. `herald_bench`; the queue prefix is made from it. */
  static async open(name: string): Promise<BenchEnvironment> {
    const machine = loadTestSettings();
    const dataDir = mkdtempSync(join(tmpdir(), `${name}-`));
    const database = await BenchDatabase.recreate(machine.postgresUrl, name);
    const source: ConfigSource = {
      DATABASE_URL: database.url,
      REDIS_URL: machine.redisUrl,
      QUEUE_PREFIX: `{${name}-${randomBytes(4).toString('hex')}}`,
      ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'error',
      API_PORT: '0',
      DATA_DIR: dataDir,
    };
    const config = loadConfig(source);
    return new BenchEnvironment(database, source, config, new BenchQueues(config), dataDir);
  }

  /** PostgreSQL connections each Herald process opens at most (the floor is given as many). */
  get databasePoolPerProcess(): number {
    return (dataSourceOptions(this.config) as { extra?: { max?: number } }).extra?.max ?? 10;
  }

  /** Empties Herald's notifications and queues between runs. */
  async clearHerald(): Promise<void> {
    await this.queues.obliterateAll();
    await this.database.clearNotifications();
  }

  async close(): Promise<void> {
    await this.queues.obliterateAll().catch(() => undefined);
    await this.queues.close();
    await this.database.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
