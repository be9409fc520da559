import request from 'supertest';
import { ROUTE_REASONS } from '@herald/domain';
import { MessageRepository } from '@herald/persistence';
import {
  aChoice,
  ADDRESS,
  anOmnichannelDepartment,
  aPublishedSet,
  aTestConfig,
  bearerFor,
  created,
  HeraldUnderTest,
  LoopbackCallbacks,
  OmnichannelDepartment,
  postMessage,
  runHeraldCli,
  TestApiKey,
} from '@herald/testing';

/** `POST /herald/v1/messages` (omnichannel.md §9.1): what a send accepts and refuses, in Notify's error format. */
describe('omnichannel messages API', () => {
  const endpoints = new LoopbackCallbacks();
  let herald: HeraldUnderTest;
  let department: OmnichannelDepartment;
  let setId: string;

  beforeAll(async () => {
    await endpoints.start();
    herald = await HeraldUnderTest.start(await aTestConfig({ ALLOW_PRIVATE_CALLBACK_URLS: 'true' }));
    department = await anOmnichannelDepartment(herald, endpoints);
    setId = (await aPublishedSet(herald, department)).setId;
  });
  afterAll(async () => {
    await herald?.stop();
    await endpoints.stop();
  });

  const body = (overrides: object = {}) => ({
    template_set_id: setId,
    recipient: { email_address: 'jo@example.com', phone_number: '07700 900456', address: ADDRESS },
    personalisation: { name: 'Jo', ref: 'A-1' },
    routing: { method: 'first_success', channels: ['email', 'sms', 'letter'] },
    ...overrides,
  });
  const errorsOf = (response: request.Response) => response.body.errors as Array<{ error: string; message: string }>;
  const storedMessages = async () => (await herald.get(MessageRepository).dueIds(new Date(Date.now() + 86_400_000), 1000)).length;

  it('R-API-1: a valid body returns 201 with an id, no attempts yet, and a route plan of the routing channels, each with a reason from the fixed enum', async () => {
    const response = await postMessage(herald, department.key, body({ reference: 'case-1' })).expect(201);
    expect(response.body).toMatchObject({ id: expect.any(String), status: 'created', reference: 'case-1', attempts: [] });
    expect(response.body.route_plan.map((s: { channel: string }) => s.channel)).toEqual(['email', 'sms', 'letter']);
    for (const step of response.body.route_plan) expect(ROUTE_REASONS).toContain(step.reason);
  });

  it('R-API-1: the route plan leaves out nothing and says why a channel was filtered', async () => {
    await aChoice(herald, { emailAddress: 'no-sms@example.com' }, { channels: { sms: false } });
    const response = await postMessage(
      herald,
      department.key,
      body({ recipient: { email_address: 'no-sms@example.com', phone_number: '07700 900459' }, routing: { method: 'all', channels: ['email', 'sms'] } }),
    );
    const sent = created(response);
    expect(sent.route_plan.map((s) => [s.channel, s.decision, s.reason])).toEqual([
      ['email', 'pending', 'permitted'],
      ['sms', 'skipped', 'recipient_channel_off'],
    ]);
  });

  it('R-API-2: routing.method is required and has no default', async () => {
    const before = await storedMessages();
    const response = await postMessage(herald, department.key, body({ routing: { channels: ['email'] } })).expect(400);
    expect(errorsOf(response)).toEqual([{ error: 'ValidationError', message: 'routing.method is a required property' }]);
    expect(await storedMessages()).toBe(before);
  });

  it('R-API-3: a letter channel with neither an address nor an identifier is refused, naming the channel', async () => {
    const response = await postMessage(
      herald,
      department.key,
      body({ recipient: { email_address: 'jo@example.com' }, routing: { method: 'first_success', channels: ['letter'] } }),
    ).expect(400);
    expect(errorsOf(response)).toEqual([{ error: 'ValidationError', message: 'letter: no postal address and no identifier' }]);
  });

  it('R-API-3: every variant must compose with the personalisation given', async () => {
    const response = await postMessage(herald, department.key, body({ personalisation: { name: 'Jo' } })).expect(400);
    expect(errorsOf(response).map((e) => e.message)).toEqual([
      'email: Missing personalisation: ref',
      'sms: Missing personalisation: ref',
      'letter: Missing personalisation: ref',
    ]);
  });

  it('R-API-4: an identifier without a purpose, or with a purpose not allowed, is refused with 403 and nothing is looked up or stored', async () => {
    const before = await storedMessages();
    const identifier = { scheme: 'nino', value: 'QQ123456C' };
    const noPurpose = await postMessage(herald, department.key, body({ recipient: { identifier } })).expect(403);
    expect(errorsOf(noPurpose)).toEqual([{ error: 'AuthError', message: 'purpose is required when a recipient is given by identifier' }]);
    const notAllowed = await postMessage(herald, department.key, body({ recipient: { identifier }, purpose: 'marketing' })).expect(403);
    expect(errorsOf(notAllowed)).toEqual([{ error: 'AuthError', message: 'purpose marketing is not allowed for this service' }]);
    expect(await storedMessages()).toBe(before);
  });

  it('refuses unknown sets, unknown fields and bad fallback windows in Notify’s format', async () => {
    const unknown = await postMessage(herald, department.key, body({ template_set_id: '0d9b2c1e-4f7a-4b8e-9c3d-2a1b0c9d8e7f' })).expect(400);
    expect(errorsOf(unknown)).toEqual([{ error: 'BadRequestError', message: 'Template set not found' }]);
    const extra = await postMessage(herald, department.key, body({ colour: 'red' })).expect(400);
    expect(errorsOf(extra)[0].message).toContain('colour');
    const window = await postMessage(
      herald,
      department.key,
      body({ routing: { method: 'first_success', channels: ['email'], fallback_after: { email: 'soon' } } }),
    );
    expect(errorsOf(window)).toEqual([
      { error: 'ValidationError', message: 'routing.fallback_after.email is not an ISO 8601 duration (for example PT1H or P2D)' },
    ]);
  });

  it('answers GET for this service’s messages only', async () => {
    const sent = created(await postMessage(herald, department.key, body()));
    const mine = await request(herald.baseUrl)
      .get(`/herald/v1/messages/${sent.id}`)
      .set('Authorization', bearerFor(department.key.serviceId, department.key.secret));
    expect(mine.status).toBe(200);
    const other = await herald.scenario.aService({ live: true });
    const otherKey = await herald.scenario.anApiKey(other.id, 'normal');
    const theirs = await request(herald.baseUrl).get(`/herald/v1/messages/${sent.id}`).set('Authorization', bearerFor(otherKey.serviceId, otherKey.secret));
    expect(theirs.status).toBe(404);
    expect(theirs.body).toEqual({ status_code: 404, errors: [{ error: 'NoResultFound', message: 'No result found' }] });
  });

  describe('R-API-7: v2 sends and recipient preferences', () => {
    let templateId: string;
    let optedIn: TestApiKey;

    beforeAll(async () => {
      templateId = (await herald.scenario.anEmailTemplate(department.serviceId)).id;
      optedIn = await createKey(herald, department.serviceId, true);
    });
    const sendEmail = (key: TestApiKey, emailAddress: string) =>
      request(herald.baseUrl)
        .post('/v2/notifications/email')
        .set('Authorization', bearerFor(key.serviceId, key.secret))
        .send({ email_address: emailAddress, template_id: templateId, personalisation: { name: 'Jo', date: 'Monday' } })
        .expect(201);
    const statusOf = async (key: TestApiKey, id: string) =>
      (await request(herald.baseUrl).get(`/v2/notifications/${id}`).set('Authorization', bearerFor(key.serviceId, key.secret)).expect(200)).body.status;

    it('a key that opted in answers 201 as usual and the send ends cancelled, reason recipient_preference', async () => {
      await aChoice(herald, { emailAddress: 'no-email@example.com' }, { channels: { email: false } });
      const response = await sendEmail(optedIn, 'no-email@example.com');
      expect(response.body).toMatchObject({ id: expect.any(String), content: expect.any(Object) });
      expect(await statusOf(optedIn, response.body.id)).toBe('cancelled');
      const seen = await herald.notificationSeenByTeam(department.serviceId, response.body.id);
      expect(seen).toMatchObject({ status: 'cancelled' });
    });

    it('a key without the option sends as Notify does, whatever the person chose', async () => {
      await aChoice(herald, { emailAddress: 'no-email-2@example.com' }, { channels: { email: false } });
      const response = await sendEmail(department.key, 'no-email-2@example.com');
      // No worker runs here: the send waits in the queue, `created`, as any other.
      expect(await statusOf(department.key, response.body.id)).toBe('created');
    });
  });
});

/** A key made as the CLI makes it, with or without the opt-in. */
async function createKey(herald: HeraldUnderTest, serviceId: string, respectPreferences: boolean): Promise<TestApiKey> {
  const args = ['api-key', 'create', '--service', serviceId, '--name', `prefs-${Date.now()}`, '--type', 'normal', '--json'];
  const result = await runHeraldCli(herald.config, ...(respectPreferences ? [...args, '--respect-preferences'] : args));
  if (result.code !== 0) throw new Error(result.err);
  const { id, key } = JSON.parse(result.out) as { id: string; key: string };
  return { id, key, serviceId, secret: key.slice(-36) };
}
