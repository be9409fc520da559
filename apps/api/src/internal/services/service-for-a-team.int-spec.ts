import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { TEAM_PERMISSIONS } from '@herald/domain';
import { AuditRepository, InvitationRepository, ServiceRepository, SessionRepository, TeamMemberRepository } from '@herald/persistence';
import { aTestConfig, HeraldUnderTest, LoopbackSmtp, TestUser } from '@herald/testing';

/** A platform admin adds a service for a team: its first manager is invited by email, and the admin stays out of its team. */
describe('adding a service for a team (internal API)', () => {
  const smtp = new LoopbackSmtp();
  let herald: HeraldUnderTest;
  let operator: TestUser;
  let session: string;

  beforeAll(async () => {
    await smtp.start();
    herald = await HeraldUnderTest.start(await aTestConfig({ SMTP_URL: smtp.url, ADMIN_BASE_URL: 'https://admin.herald.example.gov' }), { worker: true });
    operator = await herald.scenario.aUser({ platformAdmin: true, name: 'Pat Operator' });
    session = `Bearer ${(await herald.get(SessionRepository).open(operator.id)).token}`;
  });
  afterAll(async () => {
    await herald.stop();
    await smtp.stop();
  });

  const create = (body: object) => request(herald.baseUrl).post('/internal/services').set('Authorization', session).send(body);
  const aName = () => `Land Registry ${randomUUID().slice(0, 8)}`;

  it('invites the named manager with every permission, emails the invitation, and leaves the platform admin out of the team', async () => {
    const manager = `Manager.${randomUUID().slice(0, 8)}@Example.gov.uk`;
    const { body } = await create({ name: aName(), channels: ['email'], managerEmailAddress: ` ${manager} ` }).expect(201);
    expect(body).toMatchObject({ live: false, invited: manager.toLowerCase() });

    expect(await herald.get(TeamMemberRepository).listMembers(body.id)).toEqual([]);
    const [invitation] = await herald.get(InvitationRepository).listPending(body.id);
    expect(invitation).toMatchObject({ kind: 'team', emailAddress: manager.toLowerCase(), permissions: [...TEAM_PERMISSIONS], invitedBy: operator.id });
    const mail = await smtp.waitForMessageTo(manager.toLowerCase());
    expect(mail.subject).toBe(`Pat Operator has invited you to ${body.name} on Herald`);
    expect(mail.text).toMatch(/https:\/\/admin\.herald\.example\.gov\/invitation\/[A-Za-z0-9_-]+/);
    const audit = herald.get(AuditRepository);
    expect(await audit.list({ serviceId: body.id, action: 'team.invited', limit: 5 })).toEqual([
      expect.objectContaining({ userId: operator.id, subject: manager.toLowerCase() }),
    ]);
    expect(await audit.list({ serviceId: body.id, action: 'service.created', limit: 5 })).toHaveLength(1);
  });

  it('makes the platform admin the first manager when no one is named', async () => {
    const { body } = await create({ name: aName(), managerEmailAddress: '  ' }).expect(201);
    expect(body.invited).toBeNull();
    expect(await herald.get(TeamMemberRepository).permissionsOf(body.id, operator.id)).toEqual([...TEAM_PERMISSIONS]);
  });

  it('refuses an email address in the wrong format together with the other problems, and makes no service', async () => {
    const name = aName();
    const refused = await create({ name, channels: [], managerEmailAddress: 'not an address' }).expect(400);
    expect(refused.body.errors).toEqual([
      { error: 'ValidationError', field: 'channels', message: 'Choose at least one channel' },
      { error: 'ValidationError', field: 'managerEmailAddress', message: 'Enter an email address in the correct format, like name@example.gov.uk' },
    ]);
    expect(await herald.get(ServiceRepository).findByNameIgnoringCase(name)).toBeNull();
  });

  it('offers every organisation to a platform admin, and lets them name a manager', async () => {
    await herald.scenario.aService({ settings: { organisation: 'Zeta Office' } });
    await herald.scenario.aService({ settings: { organisation: 'Alpha Agency' } });
    const { body } = await request(herald.baseUrl).get('/internal/services/options').set('Authorization', session).expect(200);
    expect(body).toEqual({ organisations: ['Alpha Agency', 'Zeta Office'], mayChooseManager: true });
  });
});
