import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { TEAM_PERMISSIONS } from '@herald/domain';
import { AuditRepository, ServiceRepository, SessionRepository, TeamMemberRepository } from '@herald/persistence';
import { aTestConfig, HeraldUnderTest, TestUser } from '@herald/testing';

/** POST /internal/services: "Add a new service" in the admin, for any signed-in user. */
describe('adding a service (internal API)', () => {
  let herald: HeraldUnderTest;
  let user: TestUser;
  let session: string;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    // A member of no service at all: anyone signed in may add one, as in Notify.
    user = await herald.scenario.aUser();
    session = `Bearer ${(await herald.get(SessionRepository).open(user.id)).token}`;
  });
  afterAll(() => herald.stop());

  const create = (body: object, auth: string | null = session) => {
    const call = request(herald.baseUrl).post('/internal/services');
    return (auth ? call.set('Authorization', auth) : call).send(body);
  };
  const aName = () => `Passport Office ${randomUUID().slice(0, 8)}`;
  const createdBy = async (userId: string) => herald.get(AuditRepository).list({ userId, action: 'service.created', limit: 100 });
  /** Everything a refused request must leave as it was: services, the user's memberships, audit records. */
  const written = async () => ({
    services: Number((await herald.get(DataSource).query('SELECT COUNT(*) AS n FROM services'))[0].n),
    memberships: await herald.get(TeamMemberRepository).membershipsOf(user.id),
    audited: await createdBy(user.id),
  });

  it('makes the service in trial mode, with its creator in the team holding every permission, and audits it', async () => {
    const name = aName();
    const { body } = await create({ name: `  ${name}  ` }).expect(201);
    expect(body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), name, live: false, invited: null });

    const service = await herald.get(ServiceRepository).findById(body.id);
    expect(service).toMatchObject({ name, restricted: true, active: true });
    expect(await herald.get(TeamMemberRepository).permissionsOf(body.id, user.id)).toEqual([...TEAM_PERMISSIONS]);
    const [event] = await herald.get(AuditRepository).list({ serviceId: body.id, action: 'service.created', limit: 1 });
    expect(event).toMatchObject({ userId: user.id, serviceId: body.id, subject: body.id, details: { name, live: false } });
  });

  it('lets the creator use the new service at once: its membership says trial mode and every permission', async () => {
    const { body } = await create({ name: aName() }).expect(201);
    const membership = await request(herald.baseUrl).get(`/internal/services/${body.id}/membership`).set('Authorization', session).expect(200);
    expect(membership.body).toMatchObject({ serviceId: body.id, live: false, permissions: [...TEAM_PERMISSIONS] });
  });

  it('refuses a name another service has in any capitalisation, and writes nothing', async () => {
    const taken = await herald.scenario.aService({ name: aName() });
    const before = await written();

    const { body } = await create({ name: taken.name.toUpperCase() }).expect(400);
    expect(body.errors).toEqual([{ error: 'ValidationError', field: 'name', message: 'This service name is already in use' }]);
    expect(await written()).toEqual(before);
  });

  it('refuses at the insert a name taken after the check (the repository reports it instead of throwing)', async () => {
    const taken = await herald.scenario.aService({ name: aName() });
    expect(await herald.get(ServiceRepository).createUnlessNameTaken({ name: taken.name, restricted: true })).toBeNull();
  });

  it.each([
    ['a blank name', { name: '   ' }, 'Enter a service name'],
    ['no name', {}, 'Enter a service name'],
    ['a name over 255 characters', { name: 'x'.repeat(256) }, 'Service name must be 255 characters or fewer'],
    ['a name with no letter or number', { name: '!!!' }, 'Service name must include at least one letter or number'],
  ])('refuses %s with the field error, and writes nothing', async (_, body, message) => {
    const before = await written();
    const refused = await create(body).expect(400);
    expect(refused.body.errors).toEqual([{ error: 'ValidationError', field: 'name', message }]);
    expect(await written()).toEqual(before);
  });

  it('gives the service the channels chosen and the organisation typed, and audits both', async () => {
    const { body } = await create({ name: aName(), channels: ['sms', 'letter'], organisation: '  Department for Transport ' }).expect(201);
    expect(await herald.get(ServiceRepository).findById(body.id)).toMatchObject({ permissions: ['sms', 'letter'], organisation: 'Department for Transport' });
    const [event] = await herald.get(AuditRepository).list({ serviceId: body.id, action: 'service.created', limit: 1 });
    expect(event.details).toMatchObject({ organisation: 'Department for Transport', channels: ['sms', 'letter'] });
  });

  it('gives email, text messages and letters when no channels are named, as the CLI does', async () => {
    const { body } = await create({ name: aName() }).expect(201);
    expect((await herald.get(ServiceRepository).findById(body.id))!.permissions).toEqual(['email', 'sms', 'letter']);
  });

  it('lists every problem at once: a taken name, no channel and an organisation too long, and writes nothing', async () => {
    const taken = await herald.scenario.aService({ name: aName() });
    const before = await written();
    const refused = await create({ name: taken.name, channels: [], organisation: 'x'.repeat(256) }).expect(400);
    expect(refused.body.errors).toEqual([
      { error: 'ValidationError', field: 'name', message: 'This service name is already in use' },
      { error: 'ValidationError', field: 'organisation', message: 'Organisation must be 255 characters or fewer' },
      { error: 'ValidationError', field: 'channels', message: 'Choose at least one channel' },
    ]);
    expect(await written()).toEqual(before);
  });

  it('refuses a channel list holding only unknown channels', async () => {
    const refused = await create({ name: aName(), channels: ['fax'] }).expect(400);
    expect(refused.body.errors).toEqual([{ error: 'ValidationError', field: 'channels', message: 'Choose at least one channel' }]);
  });

  it('refuses to let someone who is not a platform admin name another manager, and writes nothing', async () => {
    const before = await written();
    const refused = await create({ name: aName(), managerEmailAddress: 'someone@example.gov.uk' }).expect(403);
    expect(refused.body.errors).toEqual([{ error: 'AuthError', message: 'Only platform admins can add a service for someone else' }]);
    expect(await written()).toEqual(before);
  });

  it('offers the organisations of the user’s own services only', async () => {
    const mine = await herald.scenario.aService({ name: aName(), settings: { organisation: 'Mine Organisation' } });
    await herald.scenario.aService({ name: aName(), settings: { organisation: 'Not Mine Organisation' } });
    const member = await herald.scenario.aUser({ serviceId: mine.id });
    const options = await request(herald.baseUrl)
      .get('/internal/services/options')
      .set('Authorization', `Bearer ${(await herald.get(SessionRepository).open(member.id)).token}`)
      .expect(200);
    expect(options.body).toEqual({ organisations: ['Mine Organisation'], mayChooseManager: false });
  });

  it('needs a session', async () => {
    const before = await written();
    await create({ name: aName() }, null).expect(401);
    expect(await written()).toEqual(before);
  });
});
