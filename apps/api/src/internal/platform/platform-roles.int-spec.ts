import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { AuditRepository } from '@herald/persistence';
import { aTestConfig, HeraldUnderTest, TestUser } from '@herald/testing';

/** Platform admins grant and remove the auditor role; the change is audited and the auditor's account says so. */
describe('platform roles (internal API for operators)', () => {
  let herald: HeraldUnderTest;
  let operatorId: string;
  let operator: string;
  let member: string;
  let person: TestUser;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    const service = await herald.scenario.aService();
    operatorId = (await herald.scenario.aUser({ platformAdmin: true, name: 'Olu Operator' })).id;
    operator = `Bearer ${await herald.scenario.aSession(operatorId)}`;
    member = `Bearer ${await herald.scenario.aSession((await herald.scenario.aUser({ serviceId: service.id })).id)}`;
    person = await herald.scenario.aUser({ name: 'Dana Data-Protection', emailAddress: `dana-${randomUUID().slice(0, 8)}@example.gov.uk` });
  });
  afterAll(() => herald.stop());

  const setAuditor = (session: string, body: object) =>
    request(herald.baseUrl).post('/internal/platform/roles/auditor').set('Authorization', session).send(body);
  const roles = (session: string) => request(herald.baseUrl).get('/internal/platform/roles').set('Authorization', session);
  const auditEvents = () => herald.get(AuditRepository).list({ userId: operatorId, limit: 100 });

  it('refuses the roles page and the change to anyone but a platform admin (403)', async () => {
    await roles(member).expect(403);
    await setAuditor(member, { emailAddress: person.emailAddress, auditor: true }).expect(403);
  });

  it('grants the auditor role by email address (any spelling), lists it, audits it, and the person’s account says so', async () => {
    const granted = await setAuditor(operator, { emailAddress: ` ${person.emailAddress.toUpperCase()} `, auditor: true }).expect(200);
    expect(granted.body).toEqual({
      user: { id: person.id, name: person.name, emailAddress: person.emailAddress, platformAdmin: false, auditor: true },
      changed: true,
    });
    expect((await roles(operator).expect(200)).body.users.find((u: { id: string }) => u.id === person.id)).toMatchObject({ auditor: true });
    expect((await auditEvents())[0]).toMatchObject({ action: 'user.auditor-granted', subject: person.emailAddress, details: { userId: person.id } });
    const session = `Bearer ${await herald.scenario.aSession(person.id)}`;
    expect((await request(herald.baseUrl).get('/internal/me').set('Authorization', session).expect(200)).body.user.auditor).toBe(true);
    await request(herald.baseUrl).get('/internal/oversight').set('Authorization', session).expect(200);
  });

  it('changes nothing, and records nothing, when asked for what is already so', async () => {
    const before = (await auditEvents()).length;
    expect((await setAuditor(operator, { emailAddress: person.emailAddress, auditor: true }).expect(200)).body.changed).toBe(false);
    expect(await auditEvents()).toHaveLength(before);
  });

  it('removes the role: the person is refused the oversight pages from their next request', async () => {
    const session = `Bearer ${await herald.scenario.aSession(person.id)}`;
    expect((await setAuditor(operator, { emailAddress: person.emailAddress, auditor: false }).expect(200)).body.user.auditor).toBe(false);
    expect((await auditEvents())[0]).toMatchObject({ action: 'user.auditor-removed', subject: person.emailAddress });
    await request(herald.baseUrl).get('/internal/oversight').set('Authorization', session).expect(403);
    expect((await roles(operator).expect(200)).body.users.some((u: { id: string }) => u.id === person.id)).toBe(false);
  });

  it('says what is wrong with the form, field by field (400)', async () => {
    const unknown = await setAuditor(operator, { emailAddress: 'nobody@example.gov.uk', auditor: true }).expect(400);
    expect(unknown.body.errors).toEqual([
      expect.objectContaining({ field: 'emailAddress', message: expect.stringContaining('No user has this email address') }),
    ]);
    expect((await setAuditor(operator, { emailAddress: '', auditor: true }).expect(400)).body.errors[0].field).toBe('emailAddress');
    expect((await setAuditor(operator, { emailAddress: person.emailAddress, auditor: 'yes' }).expect(400)).body.errors[0].field).toBe('auditor');
  });
});
