import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { FieldCipher, PurposeLogRepository, RegisterRepository, ServiceRegisterPurposeRepository } from '@herald/persistence';
import { QUEUES, SCHEDULED_TASKS } from '@herald/queue';
import {
  aFreePort,
  anOmnichannelDepartment,
  aRegisterGrant,
  FakeRegisterServer,
  aPublishedSet,
  aTestConfig,
  created,
  eventually,
  getMessage,
  HeraldUnderTest,
  LoopbackCallbacks,
  ManualClock,
  OmnichannelDepartment,
  postMessage,
} from '@herald/testing';
import { LOOKUP_RETRY_SECONDS } from '@herald/sending';
import { NotificationRetentionService } from '../sweep/notification-retention.service';
import { MessageRetentionService } from '../sweep/message-retention.service';

const DAY = 24 * 3_600_000;
const ADDRESS = { address_line_1: 'Ann Lookup', address_line_2: '17 Register Row', address_line_3: 'Swansea', address_line_4: 'SA1 1ZZ' };
const EMAIL = 'bea.lookup@example.org';

/** Once-only look-ups (omnichannel.md §9.6) seen from inside: the purpose log, retries on the clock, and the purge. */
describe('looking a recipient up in a register', () => {
  const endpoints = new LoopbackCallbacks();
  const clock = new ManualClock();
  const suffix = randomUUID().slice(0, 8);
  const population = `population-${suffix}`;
  const silent = `silent-${suffix}`;
  let herald: HeraldUnderTest;
  let department: OmnichannelDepartment;
  let setId: string;

  beforeAll(async () => {
    await endpoints.start();
    herald = await HeraldUnderTest.start(await aTestConfig({ ALLOW_PRIVATE_CALLBACK_URLS: 'true' }), { worker: true, clock });
    department = await anOmnichannelDepartment(herald, endpoints);
    setId = (await aPublishedSet(herald, department)).setId;
    const registers = herald.get(RegisterRepository);
    await registers.save({
      name: population,
      adapter: 'fake',
      settings: {
        schemes: ['nino'],
        people: [
          { scheme: 'nino', value: 'QQ100001A', contact: { address: ADDRESS, language: 'en' } },
          { scheme: 'nino', value: 'QQ100002B', contact: { email_address: EMAIL }, declined_purposes: [`survey-${suffix}`] },
        ],
      },
    });
    // Nothing listens on this port: every look-up is unanswered.
    await registers.save({
      name: silent,
      adapter: 'https-json',
      settings: { schemes: ['case'], url: `http://127.0.0.1:${await aFreePort()}`, timeout_ms: 2000 },
    });
    const grants = herald.get(ServiceRegisterPurposeRepository);
    const grant = { serviceId: department.serviceId, citizenLabel: 'To send you your benefit review', reportUndeliverable: false };
    await grants.grant({ ...grant, register: population, purpose: `review-${suffix}` });
    await grants.grant({ ...grant, register: population, purpose: `survey-${suffix}` });
    await grants.grant({ ...grant, register: silent, purpose: `case-${suffix}` });
  });
  afterAll(async () => {
    await herald?.stop();
    await endpoints.stop();
  });

  const send = async (value: string, channels: string[], extra: object = {}, scheme = 'nino', purpose = `review-${suffix}`) =>
    created(
      await postMessage(herald, department.key, {
        template_set_id: setId,
        recipient: { identifier: { scheme, value } },
        purpose,
        personalisation: { name: 'Ann', ref: 'R-77' },
        routing: { method: 'first_success', channels },
        ...extra,
      }),
    );
  const tick = () => herald.runWorkerJob(QUEUES.scheduledTasks, SCHEDULED_TASKS.routeMessages);
  const logFor = async (messageId: string) => (await herald.get(PurposeLogRepository).search({ messageId })).entries;

  it('R-OO-2: the look-up happens in the worker when the message is routed, never in the API request', async () => {
    const { id } = await send('QQ100001A', ['email', 'letter'], { scheduled_for: new Date(clock.now().getTime() + DAY).toISOString() });
    await tick();
    expect(await logFor(id)).toEqual([]);
    expect((await getMessage(herald, department.key, id)).status).toBe('created');

    clock.advance(DAY + 1000);
    await tick();
    const message = await eventually(async () => {
      const current = await getMessage(herald, department.key, id);
      expect(current.attempts.map((a) => a.channel)).toEqual(['letter']);
      return current;
    });
    expect(message.route_plan).toEqual([
      expect.objectContaining({ channel: 'email', decision: 'skipped', reason: 'no_contact_data' }),
      expect.objectContaining({ channel: 'letter', decision: 'attempted' }),
    ]);
  });

  it('R-OO-3: one look-up writes exactly one purpose-log row, with field names and no contact value', async () => {
    const { id } = await send('QQ100001A', ['email', 'letter']);
    await eventually(async () => expect((await getMessage(herald, department.key, id)).attempts).toHaveLength(1));
    const rows = await logFor(id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      serviceId: department.serviceId,
      register: population,
      purpose: `review-${suffix}`,
      purposeLabel: 'To send you your benefit review',
      outcome: 'found',
      fieldsRequested: ['email_address', 'address', 'language', 'format_needs', 'permissions'],
      fieldsReturned: ['address', 'language'],
    });
    const text = JSON.stringify(rows[0]);
    for (const value of [...Object.values(ADDRESS), 'QQ100001A']) expect(text).not.toContain(value);
  });

  it('R-OO-4: not found fails the message with lookup_not_found, visible through the API and one callback', async () => {
    const { id } = await send('QQ999999Z', ['email', 'letter']);
    const message = await eventually(async () => {
      const current = await getMessage(herald, department.key, id);
      expect(current.status).toBe('failed');
      return current;
    });
    expect(message).toMatchObject({ status_reason: 'lookup_not_found', attempts: [] });
    expect(message.route_plan.map((s) => s.reason)).toEqual(['lookup_not_found', 'lookup_not_found']);
    await eventually(async () => {
      const callbacks = endpoints.to(department.callbackPath).filter((c) => c.body.id === id);
      expect(callbacks.map((c) => [c.body.status, c.body.status_reason])).toEqual([['failed', 'lookup_not_found']]);
    });
    expect((await logFor(id)).map((r) => r.outcome)).toEqual(['not_found']);
  });

  it('R-OO-4: a purpose the person refused in the register fails the message with lookup_declined', async () => {
    const { id } = await send('QQ100002B', ['email'], {}, 'nino', `survey-${suffix}`);
    const message = await eventually(async () => {
      const current = await getMessage(herald, department.key, id);
      expect(current.status).toBe('failed');
      return current;
    });
    expect(message.status_reason).toBe('lookup_declined');
    expect((await logFor(id)).map((r) => [r.outcome, r.fieldsReturned])).toEqual([['declined', []]]);
  });

  it('R-OO-4: an unanswered register is asked again after each back-off, then the message fails with technical-failure', async () => {
    const { id } = await send('C-4471', ['email'], {}, 'case', `case-${suffix}`);
    await eventually(async () => expect(await logFor(id)).toHaveLength(1));
    await tick();
    expect(await logFor(id)).toHaveLength(1);
    for (const [i, seconds] of LOOKUP_RETRY_SECONDS.entries()) {
      clock.advance(seconds * 1000);
      await tick();
      await eventually(async () => expect(await logFor(id)).toHaveLength(i + 2));
    }
    const message = await eventually(async () => {
      const current = await getMessage(herald, department.key, id);
      expect(current.status).toBe('failed');
      return current;
    });
    expect(message).toMatchObject({ status_reason: 'technical-failure', lookup: { tries: LOOKUP_RETRY_SECONDS.length + 1 } });
    expect(message.route_plan).toEqual([expect.objectContaining({ channel: 'email', decision: 'skipped', reason: 'lookup_failed' })]);
    expect(new Set((await logFor(id)).map((r) => r.outcome))).toEqual(new Set(['unavailable']));
  });

  it("R-OO-1: a look-up through X-Road keeps the security server's X-Road-Request-Hash with its purpose-log row", async () => {
    const server = await FakeRegisterServer.start({ people: [{ scheme: 'nino', value: 'QQ100003C', contact: { address: ADDRESS } }] });
    try {
      const grant = await aRegisterGrant(herald, department.serviceId, { adapter: 'x-road', settings: server.xRoadSettings() });
      const { id } = await send('QQ100003C', ['letter'], {}, 'nino', grant.purpose);
      const [lookup] = await server.waitForLookups(1);
      expect(lookup.requestHash).toMatch(/^[A-Za-z0-9+/]{80,}={0,2}$/);
      await eventually(async () => expect((await logFor(id)).map((r) => [r.register, r.requestHash])).toEqual([[grant.register, lookup.requestHash]]));
    } finally {
      await server.close();
    }
  });

  it('R-OO-2: after the retention purge, no contact value from a look-up remains in any table', async () => {
    const { id } = await send('QQ100002B', ['email']);
    await eventually(async () => expect((await getMessage(herald, department.key, id)).status).toBe('delivered'));
    expect(await tablesContaining(EMAIL)).toEqual(expect.arrayContaining(['messages', 'notifications']));

    clock.advance(8 * DAY);
    await herald.worker!.get(NotificationRetentionService).purge(clock.now());
    await herald.worker!.get(MessageRetentionService).purge();

    expect(await tablesContaining(EMAIL)).toEqual([]);
    const purged = await getMessage(herald, department.key, id);
    expect(purged).toMatchObject({ id, status: 'delivered', delivered_via: 'email', lookup: { fields_returned: null } });
  });

  /** Tables any of whose rows contain `value`, in clear or in a column encrypted at rest (decrypted to look). */
  async function tablesContaining(value: string): Promise<string[]> {
    const dataSource = herald.get(DataSource);
    const cipher = herald.get(FieldCipher);
    const readable = (cell: unknown): string => {
      if (typeof cell !== 'string') return JSON.stringify(cell);
      try {
        return `${cell} ${cipher.decrypt(cell)}`;
      } catch {
        return cell;
      }
    };
    const found: string[] = [];
    // The fake register holds its people in its own settings: that is the register, not a copy Herald made.
    for (const table of dataSource.entityMetadatas.map((m) => m.tableName).filter((t) => t !== 'registers')) {
      const rows: Record<string, unknown>[] = await dataSource.query(`SELECT * FROM ${table}`);
      if (rows.some((row) => Object.values(row).some((cell) => readable(cell).includes(value)))) found.push(table);
    }
    return found;
  }
});
