import { DataSource } from 'typeorm';
import { aTestConfig, HeraldUnderTest } from '@herald/testing';
import { FirstStartService } from './first-start.service';

/**
 * API replicas start together on a new installation (docker compose's `api` with several
 * replicas): each looks for the platform admin at the same moment and finds none.
 */
describe('the first platform admin, when several API processes start at once', () => {
  let herald: HeraldUnderTest;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig({ EMAIL_DOMAIN: 'replicas.example.gov' }));
  });

  afterAll(() => herald.stop());

  it('is made once, and every start gets a set-up link for it instead of failing', async () => {
    const firstStart = herald.get(FirstStartService);
    // Connections open first, so the three look-ups run side by side as three processes' would (not one after another, each waiting for a connection).
    await Promise.all(Array.from({ length: 6 }, () => herald.get(DataSource).query('SELECT pg_sleep(0.05)')));

    const links = await Promise.all([firstStart.ensurePlatformAdmin(), firstStart.ensurePlatformAdmin(), firstStart.ensurePlatformAdmin()]);

    expect(links.map((link) => link?.emailAddress)).toEqual(['admin@replicas.example.gov', 'admin@replicas.example.gov', 'admin@replicas.example.gov']);
    const admins = await herald.get(DataSource).query(`SELECT email_address FROM users WHERE platform_admin`);
    expect(admins).toEqual([{ email_address: 'admin@replicas.example.gov' }]);
  });
});
