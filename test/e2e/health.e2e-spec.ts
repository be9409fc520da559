import { Client } from 'pg';
import { aTestConfig, HeraldUnderTest } from '@herald/testing';

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
    database = new Client({ connectionString: herald.config.database.type === 'postgres' ? herald.config.database.url : undefined });
    await database.connect();
  });
  afterAll(async () => {
    await database.end();
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
});
