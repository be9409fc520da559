import { Client } from 'pg';
import { loadTestSettings } from '@herald/config';
import { aTestConfig, eventually, HeraldUnderTest } from '@herald/testing';

/**
 * Issue 14, point 9: the API's liveness (`/_status?simple`), its dependency check (`/_status`,
 * Notify's) and its readiness (`/_status/ready`: the database and Redis answer and every migration
 * this build knows is applied).
 */
describe('the API health checks', () => {
  let herald: HeraldUnderTest;
  let database: Client;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    database = await connect();
  });

  /** A connection of the test's own to Herald's database; cut like Herald's when the database goes away. */
  const connect = async (): Promise<Client> => {
    const client = new Client({ connectionString: herald.config.database.type === 'postgres' ? herald.config.database.url : undefined });
    client.on('error', () => undefined);
    await client.connect();
    return client;
  };
  afterAll(async () => {
    await database.end().catch(() => undefined);
    await herald.stop();
  });

  const get = async (path: string) => {
    const response = await fetch(`${herald.baseUrl}${path}`);
    return { code: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('is ready when the database and Redis answer and every migration is applied', async () => {
    expect(await get('/_status/ready')).toEqual({
      code: 200,
      body: { status: 'ok', database: 'ok', migrations: 'ok', redis: 'ok', process: 'ok' },
    });
  });

  it('is not ready while a migration this build knows is not applied, and says so; liveness and /_status stay ok', async () => {
    const newest = await database.query<{ name: string; timestamp: string }>('SELECT name, timestamp FROM migrations ORDER BY timestamp DESC LIMIT 1');
    const { name, timestamp } = newest.rows[0];
    await database.query('DELETE FROM migrations WHERE name = $1', [name]);
    try {
      expect(await get('/_status/ready')).toEqual({
        code: 503,
        body: {
          status: 'error',
          database: 'ok',
          migrations: 'pending',
          redis: 'ok',
          process: 'ok',
          status_code: 503,
          errors: [{ error: 'HealthCheckError', message: 'Database migrations not applied' }],
        },
      });
      expect((await get('/_status')).code).toBe(200);
      expect(await get('/_status?simple')).toEqual({ code: 200, body: { status: 'ok' } });
    } finally {
      await database.query('INSERT INTO migrations (timestamp, name) VALUES ($1, $2)', [timestamp, name]);
    }
    expect((await get('/_status/ready')).code).toBe(200);
  });

  it('reports the database as unavailable, apart from Redis, while it refuses connections; and ok again once it is back', async () => {
    const name = (await database.query<{ name: string }>('SELECT current_database() AS name')).rows[0].name;
    // The database goes away for Herald: new connections are refused and the ones it holds are cut
    // (from the server's own database: one cannot shut the door of the database one is in).
    const admin = new Client({ connectionString: loadTestSettings().postgresUrl });
    await admin.connect();
    await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
    try {
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
      expect(await get('/_status')).toEqual({
        code: 503,
        body: expect.objectContaining({ status: 'error', database: 'unavailable', redis: 'ok', status_code: 503 }),
      });
      expect((await get('/_status/ready')).body).toEqual(expect.objectContaining({ database: 'unavailable', redis: 'ok' }));
      expect(await get('/_status?simple')).toEqual({ code: 200, body: { status: 'ok' } });
    } finally {
      await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    database = await connect();
    await eventually(async () => expect(await get('/_status')).toEqual({ code: 200, body: { status: 'ok', database: 'ok', redis: 'ok' } }));
  });
});
