import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { aTestConfig, bearerFor, HeraldUnderTest, TestApiKey } from '@herald/testing';

const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;

describe('reading notifications back', () => {
  let herald: HeraldUnderTest;
  let live: TestApiKey;
  let team: TestApiKey;
  let templateId: string;
  let teamMember: string;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig({ API_BASE_URL: 'https://api.herald.example' }));
    const service = await herald.scenario.aService({ live: false });
    live = await herald.scenario.anApiKey(service.id, 'normal');
    team = await herald.scenario.anApiKey(service.id, 'team');
    teamMember = await herald.scenario.aTeamMember(service.id, `Member-${randomUUID().slice(0, 8)}@Example.gov.uk`);
    templateId = (await herald.scenario.anEmailTemplate(service.id, { subject: 'Hello ((name))', content: 'Hi ((name))' })).id;
  });
  afterAll(() => herald.stop());

  const send = (key: TestApiKey, body: object) =>
    request(herald.baseUrl).post('/v2/notifications/email').set('Authorization', bearerFor(key.serviceId, key.secret)).send(body);
  const get = (key: TestApiKey, path: string) => request(herald.baseUrl).get(path).set('Authorization', bearerFor(key.serviceId, key.secret));

  it('lets a trial service send to its team, whatever the case of the address', async () => {
    await send(live, {
      email_address: teamMember.toUpperCase().replace('EXAMPLE.GOV.UK', 'Example.GOV.uk'),
      template_id: templateId,
      personalisation: { name: 'M' },
    }).expect(201);
    expect(teamMember).toMatch(/^member-[0-9a-f]{8}@example\.gov\.uk$/);
  });

  it('answers a send with Notify’s response, every field present', async () => {
    const { body } = await send(live, { email_address: teamMember, template_id: templateId, personalisation: { name: 'Ann' }, reference: 'r1' }).expect(201);
    expect(body).toEqual({
      id: expect.any(String),
      reference: 'r1',
      uri: `https://api.herald.example/v2/notifications/${body.id}`,
      template: { id: templateId, version: 1, uri: `https://api.herald.example/services/${live.serviceId}/templates/${templateId}` },
      scheduled_for: null,
      content: {
        from_email: expect.stringMatching(/@notifications\.herald\.localhost$/),
        body: 'Hi Ann',
        subject: 'Hello Ann',
        one_click_unsubscribe_url: null,
      },
      sanitised_content: {},
    });
  });

  it('returns a notification by id with every field of docs/api-contract.md §12.5', async () => {
    const { body: sent } = await send(live, { email_address: teamMember, template_id: templateId, personalisation: { name: 'Bo' } }).expect(201);
    const { body } = await get(live, `/v2/notifications/${sent.id}`).expect(200);
    expect(body).toEqual({
      id: sent.id,
      reference: null,
      email_address: teamMember,
      phone_number: null,
      line_1: null,
      line_2: null,
      line_3: null,
      line_4: null,
      line_5: null,
      line_6: null,
      postcode: null,
      type: 'email',
      status: 'created',
      template: { id: templateId, version: 1, uri: `https://api.herald.example/v2/template/${templateId}/version/1` },
      body: 'Hi Bo',
      subject: 'Hello Bo',
      created_at: expect.stringMatching(TIMESTAMP),
      created_by_name: null,
      sent_at: null,
      completed_at: null,
      scheduled_for: null,
      postage: null,
      one_click_unsubscribe_url: null,
      is_cost_data_ready: true,
      cost_in_pounds: 0,
      cost_details: {},
    });
  });

  it('finds a notification whatever key type asks, but not from another service', async () => {
    const { body: sent } = await send(live, { email_address: teamMember, template_id: templateId, personalisation: { name: 'C' } }).expect(201);
    await get(team, `/v2/notifications/${sent.id}`).expect(200);
    const other = await herald.scenario.aService();
    const otherKey = await herald.scenario.anApiKey(other.id);
    const response = await get(otherKey, `/v2/notifications/${sent.id}`).expect(404);
    expect(response.body).toEqual({ status_code: 404, errors: [{ error: 'NoResultFound', message: 'No result found' }] });
  });

  it('refuses an id that is not a UUID', async () => {
    const response = await get(live, '/v2/notifications/not-a-uuid').expect(400);
    expect(response.body.errors).toEqual([{ error: 'ValidationError', message: 'notification_id is not a valid UUID' }]);
  });

  it('answers a smoke-test recipient without storing anything', async () => {
    const { body } = await send(live, {
      email_address: 'simulate-delivered@notifications.service.gov.uk',
      template_id: templateId,
      personalisation: { name: 'S' },
    }).expect(201);
    await get(live, `/v2/notifications/${body.id}`).expect(404);
  });

  it('lists only the calling key type’s notifications, newest first, with links', async () => {
    const { body: byTeam } = await send(team, {
      email_address: teamMember,
      template_id: templateId,
      personalisation: { name: 'T' },
      reference: 'team-ref',
    }).expect(201);
    const teamList = (await get(team, '/v2/notifications').expect(200)).body;
    expect(teamList.notifications.map((n: { id: string }) => n.id)).toEqual([byTeam.id]);
    expect(teamList.links).toEqual({
      current: 'https://api.herald.example/v2/notifications',
      next: `https://api.herald.example/v2/notifications?older_than=${byTeam.id}`,
    });
    const liveList = (await get(live, '/v2/notifications?template_type=email&status=created').expect(200)).body;
    expect(liveList.notifications.length).toBeGreaterThan(1);
    expect(liveList.notifications.map((n: { id: string }) => n.id)).not.toContain(byTeam.id);
    const times = liveList.notifications.map((n: { created_at: string }) => n.created_at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(liveList.links.current).toBe('https://api.herald.example/v2/notifications?template_type=email&status=created');
  });

  it('pages with older_than and filters by reference and status', async () => {
    const ids: string[] = [];
    for (const name of ['p1', 'p2', 'p3']) {
      ids.push((await send(live, { email_address: teamMember, template_id: templateId, personalisation: { name }, reference: 'paging' }).expect(201)).body.id);
    }
    const page = (await get(live, `/v2/notifications?reference=paging&older_than=${ids[2]}`).expect(200)).body;
    expect(page.notifications.map((n: { id: string }) => n.id)).toEqual([ids[1], ids[0]]);
    expect((await get(live, `/v2/notifications?older_than=${randomUUID()}`).expect(200)).body).toEqual({
      notifications: [],
      links: { current: expect.any(String) },
    });
    expect((await get(live, '/v2/notifications?reference=paging&status=delivered').expect(200)).body.notifications).toEqual([]);
    expect((await get(live, '/v2/notifications?reference=paging&status=accepted').expect(200)).body.notifications).toHaveLength(3);
  });

  it.each([
    ['template_type=orange', 'template_type orange is not one of [sms, email, letter]'],
    [
      'status=elephant',
      'status elephant is not one of [cancelled, created, sending, sent, delivered, pending, failed, technical-failure, temporary-failure, permanent-failure, pending-virus-check, validation-failed, virus-scan-failed, returned-letter, accepted, received]',
    ],
    ['include_jobs=foo', 'include_jobs foo is not one of [true, True]'],
    ['older_than=abc', 'older_than is not a valid UUID'],
    ['colour=red', 'Additional properties are not allowed (colour was unexpected)'],
  ])('refuses the filter %s', async (query, message) => {
    const response = await get(live, `/v2/notifications?${query}`).expect(400);
    expect(response.body).toEqual({ status_code: 400, errors: [{ error: 'ValidationError', message }] });
  });
});
