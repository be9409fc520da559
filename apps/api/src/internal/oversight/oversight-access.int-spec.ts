import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Service } from '@herald/domain';
import { AuditRepository, NotificationRepository, RecipientKeys } from '@herald/persistence';
import { aLookUp, aMessageWithBrailleLetter, aTestConfig, HeraldUnderTest, SeededLookUp } from '@herald/testing';

/** Who may reach /internal/oversight, that every visit is recorded, and that nothing personal ever leaves it. */
describe('oversight (internal API for auditors): access and what never leaves it', () => {
  const CITIZEN_EMAIL = `jo.${randomUUID().slice(0, 8)}@example.com`;
  const CITIZEN_PHONE = '07700 900246';
  let herald: HeraldUnderTest;
  let service: Service;
  let lookUp: SeededLookUp;
  let messageId: string;
  let notificationId: string;
  let auditorId: string;
  let auditor: string;
  let member: string;
  let operator: string;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    service = await herald.scenario.aService({ name: `Benefits ${randomUUID().slice(0, 8)}` });
    member = await sessionOf((await herald.scenario.aUser({ serviceId: service.id, name: 'Morgan Manager' })).id);
    operator = await sessionOf((await herald.scenario.aUser({ platformAdmin: true })).id);
    const auditorUser = await herald.scenario.aUser({ auditor: true, name: 'Dana Auditor' });
    auditorId = auditorUser.id;
    auditor = await sessionOf(auditorId);
    messageId = (await aMessageWithBrailleLetter(herald, service.id)).messageId;
    lookUp = await aLookUp(herald, service.id, { messageId });
    notificationId = await anEmailTo(CITIZEN_EMAIL);
    // A member records a person's choice: the audit event's subject is the person's recipient key.
    await request(herald.baseUrl)
      .post(`/internal/services/${service.id}/recipient-preferences`)
      .set('Authorization', member)
      .send({ phone_number: CITIZEN_PHONE, scope: 'global', channels: { sms: false } })
      .expect(200);
  });
  afterAll(() => herald.stop());

  async function sessionOf(userId: string): Promise<string> {
    return `Bearer ${await herald.scenario.aSession(userId)}`;
  }

  async function anEmailTo(emailAddress: string): Promise<string> {
    const template = await herald.scenario.anEmailTemplate(service.id);
    const id = randomUUID();
    await herald.get(NotificationRepository).insert({
      id,
      serviceId: service.id,
      templateId: template.id,
      templateVersion: 1,
      apiKeyId: null,
      keyType: 'normal',
      type: 'email',
      recipient: emailAddress,
      normalisedRecipient: emailAddress,
      personalisation: { name: 'Jo' },
      clientReference: null,
      replyTo: null,
      oneClickUnsubscribeUrl: null,
      createdById: null,
      createdAt: new Date(),
    });
    return id;
  }

  const get = (session: string | null, path: string) => {
    const call = request(herald.baseUrl).get(`/internal${path}`);
    return session ? call.set('Authorization', session) : call;
  };
  const oversightPaths = () => [
    '/oversight',
    '/oversight/purpose-log',
    `/oversight/purpose-log/${lookUp.entryId}`,
    `/oversight/services/${service.id}`,
    '/oversight/audit',
    '/oversight/figures',
  ];
  const pageViewsOf = async (userId: string) => herald.get(AuditRepository).list({ userId, action: 'oversight.page_viewed', limit: 1000 });

  it('refuses every oversight endpoint to a plain team member (403) and without a session (401)', async () => {
    for (const path of oversightPaths()) {
      expect([path, (await get(member, path)).status]).toEqual([path, 403]);
      expect([path, (await get(null, path)).status]).toEqual([path, 401]);
    }
  });

  it('lets auditors and platform admins in', async () => {
    for (const path of oversightPaths()) {
      expect([path, (await get(auditor, path)).status]).toEqual([path, 200]);
      expect([path, (await get(operator, path)).status]).toEqual([path, 200]);
    }
  });

  it('records one oversight.page_viewed event per request, with the path and the query', async () => {
    const before = (await pageViewsOf(auditorId)).length;
    await get(auditor, `/oversight/purpose-log?serviceId=${service.id}&register=${lookUp.register}`).expect(200);
    const views = await pageViewsOf(auditorId);
    expect(views).toHaveLength(before + 1);
    expect(views[0]).toMatchObject({
      userId: auditorId,
      serviceId: null,
      subject: '/internal/oversight/purpose-log',
      details: { query: `serviceId=${service.id}&register=${lookUp.register}` },
    });
  });

  it('records the visit before answering: a request that fails is recorded too', async () => {
    const missing = randomUUID();
    const before = (await pageViewsOf(auditorId)).length;
    await get(auditor, `/oversight/purpose-log/${missing}`).expect(404);
    const views = await pageViewsOf(auditorId);
    expect(views).toHaveLength(before + 1);
    expect(views[0]).toMatchObject({ subject: `/internal/oversight/purpose-log/${missing}`, details: {} });
  });

  it('withholds a contact detail typed into a query before recording it', async () => {
    await get(auditor, `/oversight/audit?action=${encodeURIComponent(CITIZEN_EMAIL)}`).expect(200);
    const [view] = await pageViewsOf(auditorId);
    expect(JSON.stringify(view)).not.toContain(CITIZEN_EMAIL);
    expect(view.details).toEqual({ query: 'action=[email address withheld]' });
  });

  it('never answers a recipient key, an email address or a phone number of the people in the seeded data', async () => {
    const phoneKey = herald.get(RecipientKeys).forPhone(CITIZEN_PHONE)!;
    const secrets = [lookUp.recipientKey, phoneKey, CITIZEN_EMAIL, 'pat@example.org', '7700900246', '7700 900246', 'QQ123456C'];
    const paths = [
      ...oversightPaths(),
      `/oversight/purpose-log?serviceId=${service.id}`,
      `/oversight/audit?serviceId=${service.id}`,
      `/oversight/audit?action=recipient-preference.changed`,
    ];
    for (const path of paths) {
      const body = (await get(auditor, path).expect(200)).text;
      expect([path, secrets.filter((secret) => body.toLowerCase().includes(secret.toLowerCase()))]).toEqual([path, []]);
    }
    // The audit page did list the preference change, with its key withheld.
    const audit = await get(auditor, `/oversight/audit?serviceId=${service.id}&action=recipient-preference.changed`).expect(200);
    expect(audit.body.events).toHaveLength(1);
    expect(audit.body.events[0].subject).toBe('[recipient key withheld]');
  });

  it('denies an auditor who is not in the team the service’s message, notification, activity and templates (404)', async () => {
    const paths = [
      `/services/${service.id}/messages/${messageId}`,
      `/services/${service.id}/notifications/${notificationId}`,
      `/services/${service.id}/notifications`,
      `/services/${service.id}/templates`,
      `/services/${service.id}/template-sets`,
    ];
    for (const path of paths) {
      expect([path, (await get(auditor, path)).status]).toEqual([path, 404]);
      // The same path works for the service's own team, so the 404 is the auditor's.
      expect([path, (await get(member, path)).status]).toEqual([path, 200]);
    }
  });

  it('tells the admin who is an auditor, in the current account', async () => {
    expect((await get(auditor, '/me').expect(200)).body.user).toMatchObject({ auditor: true, platformAdmin: false });
    expect((await get(member, '/me').expect(200)).body.user).toMatchObject({ auditor: false });
  });
});
