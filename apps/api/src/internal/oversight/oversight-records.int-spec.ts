import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { OversightClient } from '@herald/contracts';
import { Service } from '@herald/domain';
import { DataSource } from 'typeorm';
import { AuditRepository, NotificationRepository } from '@herald/persistence';
import { aLookUp, aTestConfig, HeraldUnderTest, SeededLookUp } from '@herald/testing';

/** What an auditor reads across services: the purpose log, one look-up, a service, audit events and figures. */
describe('oversight (internal API for auditors): the records', () => {
  const now = new Date();
  // Mid-month two months ago: inside the figures' twelve months, outside today's filters.
  const earlier = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 15, 10));
  const earlierDay = earlier.toISOString().slice(0, 10);
  let herald: HeraldUnderTest;
  let benefits: Service;
  let parking: Service;
  let recent: SeededLookUp;
  let older: SeededLookUp;
  let parkingLookUp: SeededLookUp;
  let auditorId: string;
  let auditorToken: string;
  let oversight: OversightClient;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    benefits = await herald.scenario.aService({ name: `Benefits ${randomUUID().slice(0, 8)}` });
    parking = await herald.scenario.aService({ name: `Parking ${randomUUID().slice(0, 8)}`, settings: { organisation: 'Riverside Council' } });
    await herald.scenario.aUser({ serviceId: benefits.id, name: 'Morgan Manager', emailAddress: `morgan-${randomUUID().slice(0, 8)}@example.gov.uk` });
    await herald.scenario.aUser({ serviceId: benefits.id, name: 'Sam Sender', permissions: ['send_messages'] });
    recent = await aLookUp(herald, benefits.id, { messageId: randomUUID() });
    older = await aLookUp(herald, benefits.id, { at: earlier, outcome: 'not_found', fieldsReturned: [] });
    parkingLookUp = await aLookUp(herald, parking.id, { outcome: 'declined', fieldsReturned: [] });
    auditorId = (await herald.scenario.aUser({ auditor: true, name: 'Dana Auditor' })).id;
    auditorToken = await herald.scenario.aSession(auditorId);
    oversight = herald.internalClient(auditorToken).oversight;
  });
  afterAll(() => herald.stop());

  async function aNotification(serviceId: string, status: string): Promise<void> {
    const template = await herald.scenario.anSmsTemplate(serviceId);
    const id = randomUUID();
    await herald.get(NotificationRepository).insert({
      id,
      serviceId,
      templateId: template.id,
      templateVersion: 1,
      apiKeyId: null,
      keyType: 'normal',
      type: 'sms',
      recipient: '+447700900111',
      normalisedRecipient: '447700900111',
      personalisation: {},
      clientReference: null,
      replyTo: null,
      oneClickUnsubscribeUrl: null,
      createdById: null,
      createdAt: new Date(),
    });
    await herald.get(DataSource).query('UPDATE notifications SET status = $1 WHERE id = $2', [status, id]);
  }

  it('lists look-ups across services, newest first, with the service, the purpose and the field names', async () => {
    const log = await oversight.purposeLog();
    const ours = log.entries.filter((e) => [benefits.id, parking.id].includes(e.service.id));
    expect(ours.map((e) => e.id)).toEqual([parkingLookUp.entryId, recent.entryId, older.entryId]);
    expect(ours[1]).toMatchObject({
      service: { id: benefits.id, name: benefits.name, organisation: null },
      register: recent.register,
      purpose: 'benefit-review',
      purposeLabel: 'To send you a letter about your benefit review',
      fieldsRequested: ['email_address', 'address'],
      fieldsReturned: ['address'],
      outcome: 'found',
    });
    expect(Object.keys(ours[1])).not.toContain('recipientKey');
    expect(log.registers).toEqual(expect.arrayContaining([recent.register, older.register, parkingLookUp.register]));
    expect(log.services.map((s) => s.id)).toEqual(expect.arrayContaining([benefits.id, parking.id]));
  });

  it('filters the purpose log by service, register, purpose and date, a page at a time', async () => {
    expect((await oversight.purposeLog({ serviceId: benefits.id })).entries.map((e) => e.id)).toEqual([recent.entryId, older.entryId]);
    expect((await oversight.purposeLog({ register: parkingLookUp.register })).entries.map((e) => e.id)).toEqual([parkingLookUp.entryId]);
    expect((await oversight.purposeLog({ serviceId: parking.id, purpose: 'something-else' })).total).toBe(0);
    const thatDay = await oversight.purposeLog({ serviceId: benefits.id, from: earlierDay, to: earlierDay });
    expect(thatDay.entries.map((e) => e.id)).toEqual([older.entryId]);
    const page2 = await oversight.purposeLog({ serviceId: benefits.id, page: 2 });
    expect(page2).toMatchObject({ page: 2, pageSize: 50, total: 2, entries: [] });
  });

  it('R-TR-3: names the organisation of the service that asked, in the purpose log, on the look-up and on the service', async () => {
    const log = await oversight.purposeLog({ serviceId: parking.id });
    expect(log.entries.map((e) => e.service)).toEqual([{ id: parking.id, name: parking.name, organisation: 'Riverside Council' }]);
    expect((await oversight.purposeLogEntry(parkingLookUp.entryId)).entry.service.organisation).toBe('Riverside Council');
    expect((await oversight.service(parking.id)).service.organisation).toBe('Riverside Council');
  });

  it('refuses a date that is not one, naming the field (400)', async () => {
    const response = await request(herald.baseUrl)
      .get('/internal/oversight/purpose-log?from=2026-02-30&to=yesterday')
      .set('Authorization', `Bearer ${auditorToken}`)
      .expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['from', 'to']);
  });

  it('shows one look-up with the service that asked and the staff who manage it (not the other members)', async () => {
    const found = await oversight.purposeLogEntry(recent.entryId);
    expect(found.entry).toMatchObject({ id: recent.entryId, service: { id: benefits.id, name: benefits.name } });
    expect(found.managers.map((m) => m.name)).toEqual(['Morgan Manager']);
    expect(found.managers[0].emailAddress).toMatch(/^morgan-.*@example\.gov\.uk$/);
  });

  it('shows a service: its grants, its look-ups by outcome and its notifications by channel and status', async () => {
    await aNotification(benefits.id, 'delivered');
    await aNotification(benefits.id, 'delivered');
    await aNotification(benefits.id, 'permanent-failure');
    const seen = await oversight.service(benefits.id);
    expect(seen.service).toMatchObject({ id: benefits.id, name: benefits.name, live: true, active: true });
    expect(seen.grants.map((g) => [g.register, g.purpose, g.citizenLabel])).toEqual(
      [recent, older].map((l) => [l.register, 'benefit-review', l.citizenLabel]).sort((a, b) => a[0].localeCompare(b[0])),
    );
    expect(seen.lookupsByOutcome).toEqual([
      { outcome: 'found', count: 1 },
      { outcome: 'not_found', count: 1 },
    ]);
    expect(seen.notificationsByChannel).toEqual([
      { channel: 'sms', status: 'delivered', count: 2 },
      { channel: 'sms', status: 'permanent-failure', count: 1 },
    ]);
    await request(herald.baseUrl).get(`/internal/oversight/services/${randomUUID()}`).set('Authorization', `Bearer ${auditorToken}`).expect(404);
  });

  it('lists audit events across services, filtered by service, action, user and date, its own page views included', async () => {
    await herald.get(AuditRepository).record({ userId: null, serviceId: parking.id, action: 'template.created', subject: 'x', details: { name: 'Permit' } });
    const byService = await oversight.audit({ serviceId: parking.id });
    expect(byService.events.map((e) => [e.service?.name, e.action])).toEqual([[parking.name, 'template.created']]);
    expect(byService.events[0].details).toEqual([{ name: 'name', value: 'Permit' }]);

    const views = await oversight.audit({ userId: auditorId, action: 'oversight.page_viewed' });
    expect(views.events.length).toBeGreaterThan(5);
    expect(views.events[0]).toMatchObject({ user: { id: auditorId, name: 'Dana Auditor' }, subject: '/internal/oversight/audit' });
    expect(views.actions).toEqual(expect.arrayContaining(['oversight.page_viewed', 'template.created']));

    const today = now.toISOString().slice(0, 10);
    expect((await oversight.audit({ serviceId: parking.id, from: today, to: today })).events).toHaveLength(1);
    expect((await oversight.audit({ serviceId: parking.id, to: earlierDay })).events).toHaveLength(0);
  });

  it('counts messages and look-ups per service per month, and look-ups by register and outcome', async () => {
    const figures = await oversight.figures();
    const month = now.toISOString().slice(0, 7);
    const benefitsNow = figures.months.find((m) => m.month === month && m.service.id === benefits.id);
    expect(benefitsNow).toMatchObject({ service: { name: benefits.name }, lookups: 1 });
    expect(benefitsNow!.notifications).toBeGreaterThanOrEqual(3);
    expect(figures.months.find((m) => m.month === earlierDay.slice(0, 7) && m.service.id === benefits.id)).toMatchObject({ lookups: 1, notifications: 0 });
    expect(figures.lookupsByRegister.filter((r) => r.register === parkingLookUp.register)).toEqual([
      { register: parkingLookUp.register, outcome: 'declined', count: 1 },
    ]);
  });
});
