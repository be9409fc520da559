import { Queue } from 'bullmq';
import request from 'supertest';
import { StoredNotification } from '@herald/domain';
import { NotificationRepository, ServiceRepository } from '@herald/persistence';
import { QUEUES } from '@herald/queue';
import { aTestConfig, bearerFor, HeraldUnderTest, Scenario, TestApiKey } from '@herald/testing';

/** Accepting text messages (docs/api-contract.md §12.2): what is answered, stored and queued; who may receive them. */
describe('POST /v2/notifications/sms accepts a text message', () => {
  let herald: HeraldUnderTest;
  let scenario: Scenario;
  let queue: Queue;
  let key: TestApiKey;
  let templateId: string;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    scenario = herald.scenario;
    queue = new Queue(QUEUES.sendSms, { connection: { url: herald.config.redisUrl, maxRetriesPerRequest: null }, prefix: herald.config.queuePrefix });
    const service = await scenario.aService({ live: true, permissions: ['sms', 'email', 'international_sms', 'sms_to_uk_landlines'] });
    key = await scenario.anApiKey(service.id);
    templateId = (await scenario.anSmsTemplate(service.id, { content: 'Hello ((name)) ,  your code is ((code)) .\r\n\r\n\r\nThanks – the team' })).id;
  });
  afterAll(async () => {
    await queue.close();
    await herald.stop();
  });

  const post = (body: object, apiKey = key) =>
    request(herald.baseUrl).post('/v2/notifications/sms').set('Authorization', bearerFor(apiKey.serviceId, apiKey.secret)).send(body);
  const stored = (serviceId: string, id: string): Promise<StoredNotification | null> => herald.get(NotificationRepository).findById(serviceId, id);
  const newService = async (options: { live: boolean }) => {
    const service = await scenario.aService({ live: options.live });
    return { service, templateId: (await scenario.anSmsTemplate(service.id, { content: 'Hi ((name))' })).id, apiKey: await scenario.anApiKey(service.id) };
  };

  it('answers with the rendered body, the sender and links, as docs/api-contract.md §12.2 lists', async () => {
    const sender = await scenario.anSmsSender(key.serviceId, '07700900500', { isDefault: true });
    const response = await post({
      phone_number: ' +44 7700 900 123 ',
      template_id: templateId,
      personalisation: { name: 'Jo', code: '1234' },
      reference: 'ref-1',
    }).expect(201);
    const base = herald.config.api.baseUrl;
    expect(response.body).toEqual({
      id: expect.any(String),
      reference: 'ref-1',
      uri: `${base}/v2/notifications/${response.body.id}`,
      template: { id: templateId, version: 1, uri: `${base}/services/${key.serviceId}/templates/${templateId}` },
      scheduled_for: null,
      content: { body: 'Hello Jo, your code is 1234.\n\nThanks - the team', from_number: '447700900500' },
    });
    expect(sender.isDefault).toBe(true);
  });

  it('stores the text with its fragments as billable units and queues its id', async () => {
    const response = await post({ phone_number: '07700 900 123', template_id: templateId, personalisation: { name: 'Jo', code: '1' } }).expect(201);
    const id: string = response.body.id;
    expect(await stored(key.serviceId, id)).toMatchObject({
      type: 'sms',
      status: 'created',
      keyType: 'normal',
      recipient: '07700 900 123',
      billableUnits: 1,
      sms: { sender: '07700900500', international: false, phonePrefix: '44', rateMultiplier: 1 },
    });
    const job = await queue.getJob(id);
    // Ids only, and the request's id so the worker's log lines carry it.
    expect(job?.data).toEqual({ notificationId: id, serviceId: key.serviceId, requestId: response.headers['x-request-id'] });
  });

  it('uses the sender asked for, keeping a name as it is', async () => {
    const sender = await scenario.anSmsSender(key.serviceId, 'func tests');
    const response = await post({
      phone_number: '07700900123',
      template_id: templateId,
      personalisation: { name: 'Jo', code: '1' },
      sms_sender_id: sender.id,
    }).expect(201);
    expect(response.body.content.from_number).toBe('func tests');
    expect((await stored(key.serviceId, response.body.id))?.sms?.sender).toBe('func tests');
  });

  it('names Herald as the sender when the service has none', async () => {
    const { templateId: id, apiKey } = await newService({ live: true });
    const response = await post({ phone_number: '07700900123', template_id: id, personalisation: { name: 'Jo' } }, apiKey).expect(201);
    expect(response.body.content.from_number).toBe('HERALD');
    expect((await stored(apiKey.serviceId, response.body.id))?.sms?.sender).toBeNull();
  });

  it('counts more fragments for a long text, and UCS-2 fragments for Welsh', async () => {
    const template = await scenario.anSmsTemplate(key.serviceId, { content: '((body))' });
    const send = async (body: string) =>
      (await stored(key.serviceId, (await post({ phone_number: '07700900123', template_id: template.id, personalisation: { body } }).expect(201)).body.id))
        ?.billableUnits;
    expect(await send('a'.repeat(160))).toBe(1);
    expect(await send('a'.repeat(161))).toBe(2);
    expect(await send('[' + 'a'.repeat(159))).toBe(2);
    expect(await send('ŵ'.repeat(70))).toBe(1);
    expect(await send('ŵ'.repeat(71))).toBe(2);
  });

  it('adds the service name to what is sent, not to the body, and accepts 918 characters without it', async () => {
    const services = herald.get(ServiceRepository);
    const { service, apiKey } = await newService({ live: true });
    await services.update(service.id, { prefixSms: true });
    const template = await scenario.anSmsTemplate(service.id, { content: '((body))' });
    const response = await post({ phone_number: '07700900123', template_id: template.id, personalisation: { body: 'a'.repeat(918) } }, apiKey).expect(201);
    expect(response.body.content.body).toBe('a'.repeat(918));
    const prefixed = 918 + service.name.length + 2;
    expect((await stored(service.id, response.body.id))?.billableUnits).toBe(Math.ceil(prefixed / 153));
  });

  it('sends to an international number with the permission, recording its prefix', async () => {
    const response = await post({ phone_number: '+33 6 12 34 56 78', template_id: templateId, personalisation: { name: 'Jo', code: '1' } }).expect(201);
    expect(await stored(key.serviceId, response.body.id)).toMatchObject({ recipient: '+33 6 12 34 56 78', sms: { international: true, phonePrefix: '33' } });
  });

  it('sends to a UK landline with the permission', async () => {
    await post({ phone_number: '020 7946 0000', template_id: templateId, personalisation: { name: 'Jo', code: '1' } }).expect(201);
  });

  it('sends to a Crown dependency number without the international permission', async () => {
    const { templateId: id, apiKey } = await newService({ live: true });
    const response = await post({ phone_number: '07797 712345', template_id: id, personalisation: { name: 'Jo' } }, apiKey).expect(201);
    expect(await stored(apiKey.serviceId, response.body.id)).toMatchObject({ sms: { international: true, phonePrefix: '44' } });
  });

  it.each(['07700900000', '+44 7700 900111', '447700900222'])('answers smoke-test number %p without storing or queuing anything', async (phoneNumber) => {
    const before = await herald.get(NotificationRepository).count(key.serviceId);
    const response = await post({ phone_number: phoneNumber, template_id: templateId, personalisation: { name: 'Jo', code: '1' } }).expect(201);
    expect(await herald.get(NotificationRepository).count(key.serviceId)).toBe(before);
    expect(await queue.getJob(response.body.id)).toBeUndefined();
    await request(herald.baseUrl).get(`/v2/notifications/${response.body.id}`).set('Authorization', bearerFor(key.serviceId, key.secret)).expect(404);
  });

  it('stores a test key’s text as a test notification to anyone', async () => {
    const { service, templateId: id } = await newService({ live: false });
    const testKey = await scenario.anApiKey(service.id, 'test');
    const response = await post({ phone_number: '07700900003', template_id: id, personalisation: { name: 'Jo' } }, testKey).expect(201);
    expect(await stored(service.id, response.body.id)).toMatchObject({ keyType: 'test', status: 'created' });
    expect(await queue.getJob(response.body.id)).toBeDefined();
  });

  describe('reading texts back (12.5, 12.6)', () => {
    const get = (path: string, apiKey = key) => request(herald.baseUrl).get(path).set('Authorization', bearerFor(apiKey.serviceId, apiKey.secret));

    it('shows a text with its number as supplied, its body without prefix, and its cost', async () => {
      const { service, apiKey } = await newService({ live: true });
      await herald.get(ServiceRepository).update(service.id, { prefixSms: true });
      const template = await scenario.anSmsTemplate(service.id, { content: 'Hi ((name)) “there”' });
      const sent = await post({ phone_number: '  07700 900 855 ', template_id: template.id, personalisation: { name: 'Jo' }, reference: 'r' }, apiKey).expect(
        201,
      );
      const response = await get(`/v2/notifications/${sent.body.id}`, apiKey).expect(200);
      expect(response.body).toMatchObject({
        id: sent.body.id,
        reference: 'r',
        email_address: null,
        phone_number: '07700 900 855',
        type: 'sms',
        status: 'created',
        body: 'Hi Jo "there"',
        subject: null,
        postage: null,
        one_click_unsubscribe_url: null,
        is_cost_data_ready: true,
        cost_in_pounds: 0.0227,
        cost_details: { billable_sms_fragments: 1, international_rate_multiplier: 1, sms_rate: 0.0227 },
      });
    });

    it('lists only texts when asked for template_type=sms', async () => {
      const { service, templateId: id, apiKey } = await newService({ live: true });
      const email = await scenario.anEmailTemplate(service.id);
      await request(herald.baseUrl)
        .post('/v2/notifications/email')
        .set('Authorization', bearerFor(apiKey.serviceId, apiKey.secret))
        .send({ email_address: 'someone@example.com', template_id: email.id, personalisation: { name: 'Jo', date: 'Monday' } })
        .expect(201);
      const text = await post({ phone_number: '07700900123', template_id: id, personalisation: { name: 'Jo' } }, apiKey).expect(201);
      const response = await get('/v2/notifications?template_type=sms', apiKey).expect(200);
      expect(response.body.notifications.map((n: { id: string; type: string }) => [n.id, n.type])).toEqual([[text.body.id, 'sms']]);
    });
  });

  describe('trial mode and team keys', () => {
    it('lets a service in trial mode text a team member, however the number is written', async () => {
      const { service, templateId: id, apiKey } = await newService({ live: false });
      await scenario.aTeamMemberWithMobile(service.id, '07700 900 456');
      await post({ phone_number: '+447700900456', template_id: id, personalisation: { name: 'Jo' } }, apiKey).expect(201);
    });

    it('lets a service in trial mode text a number on its guest list', async () => {
      const { service, templateId: id, apiKey } = await newService({ live: false });
      await scenario.aGuestListEntry(service.id, '+44 7700 900 789');
      await post({ phone_number: '07700900789', template_id: id, personalisation: { name: 'Jo' } }, apiKey).expect(201);
    });

    it('lets a team key text the guest list and the team', async () => {
      const { service, templateId: id } = await newService({ live: true });
      const teamKey = await scenario.anApiKey(service.id, 'team');
      await scenario.aGuestListEntry(service.id, '07700900790');
      await scenario.aTeamMemberWithMobile(service.id, '07700900791');
      await post({ phone_number: '07700 900 790', template_id: id, personalisation: { name: 'Jo' } }, teamKey).expect(201);
      await post({ phone_number: '07700 900 791', template_id: id, personalisation: { name: 'Jo' } }, teamKey).expect(201);
    });

    it('lets a service in trial mode email an address on its guest list', async () => {
      const { service } = await newService({ live: false });
      const email = await scenario.anEmailTemplate(service.id);
      await scenario.aGuestListEntry(service.id, 'Guest@Example.com');
      await request(herald.baseUrl)
        .post('/v2/notifications/email')
        .set('Authorization', bearerFor(service.id, (await scenario.anApiKey(service.id)).secret))
        .send({ email_address: 'guest@example.com', template_id: email.id, personalisation: { name: 'Jo', date: 'Monday' } })
        .expect(201);
    });
  });
});
