import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { aNewNotification, aTestConfig, aTestDatabaseUrl, copyNotification, eventually, openPersistence, WAIT_DEADLINE_MS } from '@herald/testing';
import { NotificationClaimRepository } from './notification-claim.repository';
import { NotificationRepository } from './notification.repository';
import { ServiceRepository } from './service.repository';
import { TemplateRepository } from './template.repository';

const GROWN_BY = 50_000;
const LATER_SENDS = 10;

/**
 * The worker's batched claims and status writes first run while the notifications table is small
 * (a new install, a quiet morning) and keep running while it grows (a bulk job). PostgreSQL's
 * statistics are not refreshed in between (autovacuum off, or not yet run): each statement must
 * still find its rows by primary key, not read the table.
 */
describe('batched delivery writes on PostgreSQL after the table has grown', () => {
  let app: INestApplicationContext;
  let databaseUrl: string;
  let serviceId: string;
  let templateId: string;
  let closed = false;

  beforeAll(async () => {
    databaseUrl = await aTestDatabaseUrl();
    app = await openPersistence(await aTestConfig({ DATABASE_URL: databaseUrl }));
    serviceId = (await app.get(ServiceRepository).create({ name: `Plans ${randomUUID()}`, restricted: true })).id;
    templateId = (await app.get(TemplateRepository).create(serviceId, { name: 'P', type: 'email', subject: 'S', content: 'B' })).id;
  });
  afterAll(async () => {
    if (!closed) await app.close();
  });

  async function sendOne(round: number): Promise<string> {
    const email = aNewNotification(serviceId, templateId, { recipient: `plan${round}@example.gov.uk` });
    await app.get(NotificationRepository).insert(email);
    const [claimed] = await app.get(NotificationClaimRepository).claimManyForDelivery([{ serviceId, id: email.id, token: `t${round}` }], 60_000);
    expect(claimed?.id).toBe(email.id);
    await app
      .get(NotificationRepository)
      .recordDeliveries([{ serviceId, id: email.id, result: { provider: 'smtp', providerReference: `r${round}`, status: 'sending', sentAt: new Date() } }]);
    return email.id;
  }

  it('claims and records by primary key, never by reading the table', async () => {
    // Enough runs on a near-empty table for a prepared statement to settle on one plan.
    let model = '';
    for (let round = 0; round < 8; round += 1) model = await sendOne(round);
    const dataSource = app.get(DataSource);
    await dataSource.query(`UPDATE notifications SET status = 'created', claimed_until = NULL, claim_token = NULL WHERE id = $1`, [model]);
    await copyNotification(dataSource, { modelId: model, count: GROWN_BY, firstCreatedAt: new Date(), stepMs: 1 });

    const later: string[] = [];
    for (let round = 100; round < 100 + LATER_SENDS; round += 1) later.push(await sendOne(round));
    for (const id of later) expect(await app.get(NotificationRepository).findById(serviceId, id)).toMatchObject({ status: 'sending' });

    // Every backend flushes its table statistics when it exits: close the pool, wait for the
    // database to have no sessions, then read what all the statements did.
    await app.close();
    closed = true;
    const tableReads = await statisticsOnceIdle(databaseUrl);
    // A statement that read the table would have read all of it, GROWN_BY rows, each of 2 x LATER_SENDS times.
    expect(tableReads.seqTupRead).toBeLessThan(GROWN_BY);
    expect(tableReads.idxScan).toBeGreaterThanOrEqual(2 * LATER_SENDS);
  });
});

async function statisticsOnceIdle(databaseUrl: string): Promise<{ seqTupRead: number; idxScan: number }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await eventually(async () => {
      const others = await client.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
      expect(others.rows[0].n).toBe(0);
    }, WAIT_DEADLINE_MS);
    await client.query('SELECT pg_stat_clear_snapshot()');
    const row = await client.query(
      `SELECT seq_tup_read::int AS seq, coalesce(idx_scan, 0)::int AS idx FROM pg_stat_user_tables WHERE relname = 'notifications'`,
    );
    return { seqTupRead: row.rows[0].seq, idxScan: row.rows[0].idx };
  } finally {
    await client.end();
  }
}
