import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@herald/persistence';

/**
 * The benchmark's own PostgreSQL database, dropped and created afresh on every run so figures
 * are comparable, and a connection to it for the checks the benchmark makes.
 */
export class BenchDatabase {
  private constructor(
    readonly url: string,
    private readonly client: Client,
  ) {}

  static async recreate(adminUrl: string, name: string): Promise<BenchDatabase> {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}"`);
    } finally {
      await admin.end();
    }
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    await migrate(url.toString());
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    return new BenchDatabase(url.toString(), client);
  }

  /** Notifications by status, e.g. `{ created: 10000 }`. */
  async notificationStatuses(): Promise<Record<string, number>> {
    const { rows } = await this.client.query<{ status: string; count: string }>('SELECT status, count(*) AS count FROM notifications GROUP BY status');
    return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
  }

  /** Empties the notifications table (and what hangs off it) between phases, so nothing earlier is swept up again. */
  async clearNotifications(): Promise<void> {
    await this.client.query('TRUNCATE notifications CASCADE');
  }

  /** The statuses of these notifications, e.g. `{ sending: 9998, created: 2 }`; ids not stored at all are missing from the counts. */
  async statusesOf(ids: readonly string[]): Promise<Record<string, number>> {
    const { rows } = await this.client.query<{ status: string; count: string }>(
      'SELECT status, count(*) AS count FROM notifications WHERE id = ANY($1::varchar[]) GROUP BY status',
      [ids],
    );
    return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
  }

  /** A bulk send's status (`finished` once every row is a queued notification), read straight from its row so polling costs the API nothing. */
  async jobStatus(jobId: string): Promise<string | undefined> {
    const { rows } = await this.client.query<{ status: string }>('SELECT status FROM jobs WHERE id = $1', [jobId]);
    return rows[0]?.status;
  }

  /** Empties another table of the bench database (the floor's). */
  async clearTable(table: string): Promise<void> {
    await this.client.query(`TRUNCATE "${table}"`);
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

async function migrate(url: string): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions({ database: { type: 'postgres', url } })).initialize();
  try {
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
