import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Service } from '@herald/domain';
import { AuditRepository, PurposeLogRepository, RegisterRepository, SessionRepository } from '@herald/persistence';
import { aTestConfig, HeraldUnderTest } from '@herald/testing';

/** The internal endpoints behind the admin's Registers page (operators) and a service's Look-ups page (its team). */
describe('registers (internal API)', () => {
  let herald: HeraldUnderTest;
  let operator: string;
  let operatorId: string;
  let member: string;
  let service: Service;
  let otherService: Service;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    service = await herald.scenario.aService({ name: `Looks up ${randomUUID().slice(0, 8)}` });
    otherService = await herald.scenario.aService({ name: `Other ${randomUUID().slice(0, 8)}` });
    operatorId = (await herald.scenario.aUser({ platformAdmin: true, name: 'Olu Operator' })).id;
    operator = await sessionOf(operatorId);
    member = await sessionOf((await herald.scenario.aUser({ serviceId: service.id })).id);
  });
  afterAll(() => herald.stop());

  const sessionOf = async (userId: string) => `Bearer ${(await herald.get(SessionRepository).open(userId)).token}`;
  const get = (session: string, path: string) => request(herald.baseUrl).get(`/internal${path}`).set('Authorization', session);
  const post = (session: string, path: string, body: object) => request(herald.baseUrl).post(`/internal${path}`).set('Authorization', session).send(body);
  const aName = () => `reg-${randomUUID().slice(0, 8)}`;
  const HTTPS_JSON = { url: 'https://register.example.gov', token: 'very-secret-token', schemes: ['nino'] };

  it.each([
    ['GET', '/platform/registers'],
    ['POST', '/platform/registers'],
    ['POST', '/platform/registers/any/grants'],
    ['POST', '/platform/registers/any/grants/revoke'],
  ])('refuses %s %s to anyone but a platform admin (403), and without a session (401)', async (method, path) => {
    const call = (session?: string) => {
      const r = method === 'GET' ? request(herald.baseUrl).get(`/internal${path}`) : request(herald.baseUrl).post(`/internal${path}`).send({});
      return session ? r.set('Authorization', session) : r;
    };
    expect((await call(member)).status).toBe(403);
    expect((await call()).status).toBe(401);
  });

  it('adds a register, shows it with its token redacted, and audits it without the settings’ values', async () => {
    const name = aName();
    const added = await post(operator, '/platform/registers', { name, adapter: 'https-json', settings: HTTPS_JSON });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ name, adapter: 'https-json', settings: { ...HTTPS_JSON, token: '(set, not shown)' }, grants: [] });
    const listed = await get(operator, '/platform/registers');
    expect(listed.body.adapters).toEqual(['fake', 'https-json', 'x-road']);
    expect(listed.body.registers.find((r: { name: string }) => r.name === name)).toEqual(added.body);
    expect(JSON.stringify(listed.body)).not.toContain('very-secret-token');
    const [event] = (await herald.get(AuditRepository).list({ userId: operatorId, limit: 50 })).filter((e) => e.subject === name);
    expect(event).toMatchObject({ action: 'register.added', details: { adapter: 'https-json', settings: ['schemes', 'token', 'url'] } });
    expect(JSON.stringify(event)).not.toContain('very-secret-token');
  });

  it('keeps the current token when a form saves the register with the token left blank', async () => {
    const name = aName();
    await post(operator, '/platform/registers', { name, adapter: 'https-json', settings: HTTPS_JSON });
    const changed = { ...HTTPS_JSON, url: 'https://new.example.gov', token: '' };
    expect((await post(operator, '/platform/registers', { name, adapter: 'https-json', settings: changed, blankTokenKeepsCurrent: true })).status).toBe(200);
    expect((await herald.get(RegisterRepository).find(name))?.settings).toEqual({ ...HTTPS_JSON, url: 'https://new.example.gov' });
  });

  it('refuses unusable settings with a problem on the settings field', async () => {
    const refused = await post(operator, '/platform/registers', {
      name: aName(),
      adapter: 'https-json',
      settings: { url: 'http://register.example.gov', schemes: ['nino'] },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'settings', message: expect.stringContaining("'url' must use https://") })]);
    const noName = await post(operator, '/platform/registers', { name: 'Not A Name', adapter: 'fake', settings: { schemes: ['nino'], people: [] } });
    expect(noName.body.errors).toEqual([expect.objectContaining({ field: 'name' })]);
  });

  it('grants a service a purpose, which its team sees and another service’s team cannot ask for', async () => {
    const name = aName();
    await post(operator, '/platform/registers', { name, adapter: 'fake', settings: { schemes: ['nino'], people: [] } });
    const granted = await post(operator, `/platform/registers/${name}/grants`, {
      serviceId: service.id,
      purpose: 'benefit-letter',
      citizenLabel: 'To send you letters about your benefit',
      reportUndeliverable: true,
    });
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({
      serviceId: service.id,
      serviceName: service.name,
      register: name,
      purpose: 'benefit-letter',
      reportUndeliverable: true,
    });
    expect((await get(member, `/services/${service.id}/registers`)).body.grants).toContainEqual(granted.body);
    expect((await get(member, `/services/${otherService.id}/registers`)).status).toBe(404);
    expect((await get(operator, '/platform/registers')).body.registers.find((r: { name: string }) => r.name === name).grants).toEqual([granted.body]);
  });

  it('revokes a grant, and answers 404 for one that does not exist', async () => {
    const name = aName();
    await post(operator, '/platform/registers', { name, adapter: 'fake', settings: { schemes: ['nino'], people: [] } });
    await post(operator, `/platform/registers/${name}/grants`, { serviceId: service.id, purpose: 'jury', citizenLabel: 'To summon you for jury service' });
    expect((await post(operator, `/platform/registers/${name}/grants/revoke`, { serviceId: service.id, purpose: 'jury' })).body).toEqual({ revoked: true });
    expect((await post(operator, `/platform/registers/${name}/grants/revoke`, { serviceId: service.id, purpose: 'jury' })).status).toBe(404);
    expect((await post(operator, '/platform/registers/no-such/grants', { serviceId: service.id, purpose: 'p', citizenLabel: 'Words' })).status).toBe(404);
  });

  it('shows a team its own look-ups, newest first, without the recipient key, and never another service’s', async () => {
    const log = herald.get(PurposeLogRepository);
    const row = (serviceId: string, at: string, outcome: 'found' | 'not_found') =>
      log.insert({
        at: new Date(at),
        serviceId,
        register: 'population',
        recipientKey: `key-${randomUUID()}`,
        purpose: 'tax-reminder',
        purposeLabel: 'To remind you about your tax',
        messageId: randomUUID(),
        fieldsRequested: ['email_address', 'address'],
        fieldsReturned: outcome === 'found' ? ['address'] : [],
        outcome,
        requestHash: null,
      });
    const older = await row(service.id, '2026-12-01T10:00:00Z', 'not_found');
    const newer = await row(service.id, '2026-12-02T10:00:00Z', 'found');
    await row(otherService.id, '2026-12-03T10:00:00Z', 'found');
    const seen = await get(member, `/services/${service.id}/lookups`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ total: 2, page: 1 });
    expect(seen.body.lookups.map((l: { id: string }) => l.id)).toEqual([newer.id, older.id]);
    expect(seen.body.lookups[0]).toEqual({
      id: newer.id,
      at: '2026-12-02T10:00:00.000Z',
      register: 'population',
      purpose: 'tax-reminder',
      purposeLabel: 'To remind you about your tax',
      fieldsRequested: ['email_address', 'address'],
      fieldsReturned: ['address'],
      outcome: 'found',
      messageId: newer.messageId,
    });
    expect(JSON.stringify(seen.body)).not.toContain(newer.recipientKey);
    expect((await get(member, `/services/${otherService.id}/lookups`)).status).toBe(404);
  });
});
