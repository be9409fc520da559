import { NotifyClient } from 'notifications-node-client';
import { aTestConfig, eventually, HeraldUnderTest, LoopbackSmtp, TestApiKey } from '@herald/testing';

/** The official Notify client, unchanged, pointed at Herald. */
describe('notifications-node-client against Herald', () => {
  const smtp = new LoopbackSmtp();
  let herald: HeraldUnderTest;
  let key: TestApiKey;
  let templateId: string;

  beforeAll(async () => {
    await smtp.start();
    herald = await HeraldUnderTest.start(await aTestConfig({ SMTP_URL: smtp.url }), { worker: true });
    const service = await herald.scenario.aService({ live: true });
    key = await herald.scenario.anApiKey(service.id, 'normal', 'contract key');
    templateId = (await herald.scenario.anEmailTemplate(service.id, { subject: 'Reminder for ((name))', content: 'Hello ((name)), see you ((day)).' })).id;
  });
  afterAll(async () => {
    await herald.stop();
    await smtp.stop();
  });

  it('sends an email and reads it back by id and in the list', async () => {
    // A trailing slash on the base URL makes the client send //v2/...; Herald must cope.
    const client = new NotifyClient(`${herald.baseUrl}/`, key.key);
    const sent = await client.sendEmail(templateId, 'citizen@example.com', { personalisation: { name: 'Robin', day: 'Tuesday' }, reference: 'contract-1' });
    expect(sent.status).toBe(201);
    expect(sent.data).toMatchObject({
      reference: 'contract-1',
      content: { subject: 'Reminder for Robin', body: 'Hello Robin, see you Tuesday.', one_click_unsubscribe_url: null },
      template: { id: templateId, version: 1 },
      sanitised_content: {},
    });

    await smtp.waitFor(1);
    expect(smtp.messages[0].subject).toBe('Reminder for Robin');

    const byId = await eventually(async () => {
      const response = await client.getNotificationById(sent.data.id);
      expect(response.data.status).toBe('sending');
      return response.data;
    });
    expect(byId).toMatchObject({
      id: sent.data.id,
      email_address: 'citizen@example.com',
      type: 'email',
      body: 'Hello Robin, see you Tuesday.',
      subject: 'Reminder for Robin',
      reference: 'contract-1',
    });

    const list = await client.getNotifications('email', 'sending', 'contract-1');
    expect(list.data.notifications.map((n: { id: string }) => n.id)).toEqual([sent.data.id]);
    expect(list.data.links.current).toContain('/v2/notifications?template_type=email&status=sending&reference=contract-1');
  });

  it('surfaces Notify’s error body through the client', async () => {
    const client = new NotifyClient(herald.baseUrl, key.key);
    await expect(client.sendEmail(templateId, 'citizen@example.com', { personalisation: {} })).rejects.toMatchObject({
      response: { status: 400, data: { status_code: 400, errors: [{ error: 'BadRequestError', message: 'Missing personalisation: name, day' }] } },
    });
  });
});
