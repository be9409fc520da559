import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import { DataSource } from 'typeorm';
import { QUEUES, SCHEDULED_TASKS } from '@herald/queue';
import { aTestConfig, bearerFor, eventually, HeraldUnderTest, LoopbackCallbacks, LoopbackTwilio, TestApiKey } from '@herald/testing';

const PUBLIC_URL = 'https://herald.test.example';
const error = (status: number, name: string, message: string) => ({ status_code: status, errors: [{ error: name, message }] });

/**
 * Twilio's status callbacks (docs/api-contract.md §8): a signed receipt moves a text forward, a forged one
 * changes nothing, and repeated or out-of-order receipts are ignored. Twilio is a loopback server.
 */
describe('delivery receipts for text messages', () => {
  const twilio = new LoopbackTwilio();
  const department = new LoopbackCallbacks();
  let herald: HeraldUnderTest;
  let key: TestApiKey;
  let templateId: string;

  beforeAll(async () => {
    await twilio.start();
    await department.start();
    herald = await HeraldUnderTest.start(await aTestConfig({ API_BASE_URL: PUBLIC_URL, ALLOW_PRIVATE_CALLBACK_URLS: 'true', ...twilio.configFor('TWILIO_') }), {
      worker: true,
    });
    const service = await herald.scenario.aService({ name: `Receipts ${randomUUID().slice(0, 8)}` });
    const manager = await herald.scenario.aUser({ serviceId: service.id });
    await herald
      .internalClient(await herald.scenario.aSession(manager.id))
      .apiIntegration.setCallback(service.id, 'delivery_status', { url: department.url('/status'), bearer_token: 'a-long-enough-token' });
    key = await herald.scenario.anApiKey(service.id, 'normal');
    templateId = (await herald.scenario.anSmsTemplate(service.id, { content: 'Your code is ((code)).' })).id;
  });
  afterAll(async () => {
    await herald?.stop();
    await twilio.stop();
    await department.stop();
  });

  const statusOf = async (id: string): Promise<string> =>
    (await request(herald.baseUrl).get(`/v2/notifications/${id}`).set('Authorization', bearerFor(key.serviceId, key.secret)).expect(200)).body.status;
  /** Sends a text through the API and waits until the worker has handed it to Twilio. */
  const aSentText = async () => {
    const response = await request(herald.baseUrl)
      .post('/v2/notifications/sms')
      .set('Authorization', bearerFor(key.serviceId, key.secret))
      .send({ phone_number: '07700 900456', template_id: templateId, personalisation: { code: '1234' } })
      .expect(201);
    const id = response.body.id as string;
    await eventually(async () => expect(await statusOf(id)).toBe('sending'));
    // Twilio's sid for the text, which its receipts carry: the team sees it, the v2 API does not.
    return { id, sid: (await herald.notificationSeenByTeam(key.serviceId, id)).providerReference! };
  };
  const receipt = (sid: string, status: string, extra: Record<string, string> = {}) => ({
    SmsSid: sid,
    SmsStatus: status,
    MessageStatus: status,
    To: '+447700900456',
    MessageSid: sid,
    AccountSid: twilio.accountSid,
    From: '+447700900999',
    ApiVersion: '2010-04-01',
    ...extra,
  });
  const postReceipt = (id: string, params: Record<string, string>, token = twilio.authToken) => {
    const path = `/webhooks/twilio/status/${id}`;
    return request(herald.baseUrl)
      .post(path)
      .type('form')
      .set('X-Twilio-Signature', getExpectedTwilioSignature(token, `${PUBLIC_URL}${path}`, params))
      .send(params);
  };

  it('moves a text to delivered on a signed "delivered" callback, shown by the public API', async () => {
    const { id, sid } = await aSentText();
    await postReceipt(id, receipt(sid, 'delivered')).expect(204);
    const { body } = await request(herald.baseUrl).get(`/v2/notifications/${id}`).set('Authorization', bearerFor(key.serviceId, key.secret)).expect(200);
    expect(body).toMatchObject({ status: 'delivered', completed_at: expect.any(String) });
  });

  it('refuses a forged callback with 403 and changes nothing', async () => {
    const { id, sid } = await aSentText();
    const response = await postReceipt(id, receipt(sid, 'delivered'), 'not-the-auth-token').expect(403);
    expect(response.body).toEqual(error(403, 'AuthError', 'Invalid Twilio signature'));
    expect(await statusOf(id)).toBe('sending');
  });

  it('refuses an unsigned callback with 403', async () => {
    const { id, sid } = await aSentText();
    const response = await request(herald.baseUrl).post(`/webhooks/twilio/status/${id}`).type('form').send(receipt(sid, 'delivered')).expect(403);
    expect(response.body).toEqual(error(403, 'AuthError', 'Invalid Twilio signature'));
    expect(await statusOf(id)).toBe('sending');
  });

  it('keeps a delivered text delivered when a late "sent" callback arrives', async () => {
    const { id, sid } = await aSentText();
    await postReceipt(id, receipt(sid, 'delivered')).expect(204);
    await postReceipt(id, receipt(sid, 'sent')).expect(204);
    expect(await statusOf(id)).toBe('delivered');
  });

  it('makes an undelivered text to a landline a permanent failure, once, however often Twilio says so', async () => {
    const { id, sid } = await aSentText();
    await postReceipt(id, receipt(sid, 'undelivered', { ErrorCode: '30006' })).expect(204);
    const before = await herald.notificationSeenByTeam(key.serviceId, id);
    await postReceipt(id, receipt(sid, 'undelivered', { ErrorCode: '30006' })).expect(204);
    expect(await herald.notificationSeenByTeam(key.serviceId, id)).toMatchObject({ status: 'permanent-failure', updatedAt: before.updatedAt });
    // The department hears of it once: one callback, however many receipts.
    const callbacksFor = () =>
      department
        .to('/status')
        .filter((callback) => callback.body.id === id)
        .map((callback) => callback.body.status);
    await eventually(async () => expect(callbacksFor().length).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 2500)); // two more outbox drains: time for a duplicate to show
    expect(callbacksFor()).toEqual(['permanent-failure']);
  });

  it('ignores a callback whose MessageSid is not the one Twilio gave for the text', async () => {
    const { id } = await aSentText();
    await postReceipt(id, receipt(`SM${'0'.repeat(32)}`, 'delivered')).expect(204);
    expect(await statusOf(id)).toBe('sending');
  });

  it('makes a text with no receipt 72 hours after it was sent a temporary failure', async () => {
    const { id } = await aSentText();
    const fresh = await aSentText();
    const longAgo = new Date(Date.now() - 73 * 60 * 60 * 1000);
    // No API ages a text: the clock is moved in the table itself.
    await herald.get(DataSource).query('UPDATE notifications SET sent_at = $1, updated_at = $1 WHERE id = $2', [longAgo, id]);

    expect(await herald.runWorkerJob(QUEUES.scheduledTasks, SCHEDULED_TASKS.sendingTimeout)).toBeGreaterThanOrEqual(1);
    expect(await statusOf(id)).toBe('temporary-failure');
    expect(await statusOf(fresh.id)).toBe('sending');
  });
});
