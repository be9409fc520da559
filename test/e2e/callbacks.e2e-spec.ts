import { randomInt, randomUUID } from 'node:crypto';
import request from 'supertest';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import { CallbackEventRepository } from '@herald/persistence';
import { CALLBACK_OUTBOX_DRAIN, QUEUES } from '@herald/queue';
import { aTestConfig, bearerFor, eventually, HeraldUnderTest, LoopbackCallbacks, LoopbackSmtp, LoopbackTwilio } from '@herald/testing';
import { aDepartmentOn, Department } from './support/callback-departments';

const BASE_URL = 'https://api.herald.example';
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;

/**
 * Callbacks to departments (docs/api-contract.md §10) end to end: Herald (API + worker) on PostgreSQL
 * and Redis, email to a loopback SMTP server, texts to a loopback Twilio, and departments'
 * endpoints as loopback HTTP servers.
 */
describe('callbacks to departments', () => {
  const smtp = new LoopbackSmtp();
  const twilio = new LoopbackTwilio();
  const endpoints = new LoopbackCallbacks();
  let herald: HeraldUnderTest;

  beforeAll(async () => {
    await Promise.all([smtp.start(), twilio.start(), endpoints.start()]);
    herald = await HeraldUnderTest.start(
      await aTestConfig({
        SMTP_URL: smtp.url,
        API_BASE_URL: BASE_URL,
        ALLOW_PRIVATE_CALLBACK_URLS: 'true',
        CALLBACK_CONCURRENCY_PER_SERVICE: '2',
        ...twilio.configFor('TWILIO_'),
      }),
      { worker: true },
    );
  });

  afterAll(async () => {
    await herald?.stop();
    await Promise.all([smtp.stop(), twilio.stop(), endpoints.stop()]);
  });

  const aDepartment = (type?: string) => aDepartmentOn(herald, endpoints, type);

  const sendEmail = async (department: Department, emailAddress: string, key = department.test, reference?: string): Promise<string> => {
    const response = await request(herald.baseUrl)
      .post('/v2/notifications/email')
      .set('Authorization', bearerFor(key.serviceId, key.secret))
      .send({ email_address: emailAddress, template_id: department.emailTemplate, personalisation: { name: 'Jo', date: 'Monday' }, reference })
      .expect(201);
    return response.body.id as string;
  };

  const sendSms = async (department: Department, phoneNumber: string): Promise<string> => {
    const response = await request(herald.baseUrl)
      .post('/v2/notifications/sms')
      .set('Authorization', bearerFor(department.serviceId, department.test.secret))
      .send({ phone_number: phoneNumber, template_id: department.smsTemplate, personalisation: { code: '1234' } })
      .expect(201);
    return response.body.id as string;
  };

  const shown = async (department: Department, id: string) =>
    (await request(herald.baseUrl).get(`/v2/notifications/${id}`).set('Authorization', bearerFor(department.serviceId, department.live.secret)).expect(200))
      .body;
  const bodiesFor = (department: Department, id: string) =>
    endpoints
      .to(department.path)
      .map((c) => c.body)
      .filter((b) => b.id === id);
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('POSTs the delivery status of an email, with the bearer token and every §10 field', async () => {
    const department = await aDepartment();
    const id = await sendEmail(department, 'Jo.Bloggs@example.com', department.test, 'case-1');

    const [callback] = await endpoints.waitFor(department.path);
    const notification = await shown(department, id);
    expect(callback.headers['content-type']).toBe('application/json');
    expect(callback.headers.authorization).toBe(`Bearer ${department.token}`);
    expect(callback.body).toEqual({
      id,
      reference: 'case-1',
      to: 'Jo.Bloggs@example.com',
      status: 'delivered',
      created_at: notification.created_at,
      completed_at: notification.completed_at,
      sent_at: notification.sent_at,
      notification_type: 'email',
      template_id: department.emailTemplate,
      template_version: 1,
    });
    expect(callback.body.created_at).toMatch(TIMESTAMP);
  });

  it('reports simulated text outcomes: delivered and temporary-failure', async () => {
    const department = await aDepartment();
    const delivered = await sendSms(department, '07700 900123');
    const failed = await sendSms(department, '07700900003');

    const callbacks = await endpoints.waitFor(department.path, 2);
    expect(callbacks.map((c) => c.body).sort((a, b) => String(a.status).localeCompare(String(b.status)))).toEqual([
      expect.objectContaining({
        id: delivered,
        to: '07700 900123',
        status: 'delivered',
        notification_type: 'sms',
        template_id: department.smsTemplate,
        reference: null,
      }),
      expect.objectContaining({ id: failed, to: '07700900003', status: 'temporary-failure', notification_type: 'sms' }),
    ]);
  });

  it('sends no callback while a live email is only `sending` (§10: only final statuses are reported)', async () => {
    const department = await aDepartment();
    const id = await sendEmail(department, 'someone@example.com', department.live);
    await smtp.waitForMessageTo('someone@example.com');
    await eventually(async () => expect((await shown(department, id)).status).toBe('sending'));

    await pause(2500);
    expect(endpoints.to(department.path)).toEqual([]);
  });

  it('retries after a 5xx and delivers the callback when the endpoint recovers', async () => {
    const department = await aDepartment();
    endpoints.answer(department.path, 500, 200);
    const id = await sendEmail(department, 'retry@example.com');

    const callbacks = await endpoints.waitFor(department.path, 2);
    expect(callbacks.map((c) => c.body.id)).toEqual([id, id]);
    await pause(1500);
    expect(endpoints.to(department.path)).toHaveLength(2);
  });

  it('calls an endpoint that answers 400 once, and never again', async () => {
    const department = await aDepartment();
    endpoints.answer(department.path, 400);
    const id = await sendEmail(department, 'refused@example.com');

    await endpoints.waitFor(department.path);
    await pause(7000);
    expect(bodiesFor(department, id)).toHaveLength(1);
  });

  it('keeps another service’s callbacks flowing while one service’s endpoint hangs', async () => {
    const slow = await aDepartment();
    const quick = await aDepartment();
    endpoints.answer(slow.path, 'hang');
    for (let i = 0; i < 8; i++) await sendEmail(slow, `slow-${i}@example.com`);
    await endpoints.waitFor(slow.path, 2);

    const ids = [await sendEmail(quick, 'quick-1@example.com'), await sendEmail(quick, 'quick-2@example.com'), await sendEmail(quick, 'quick-3@example.com')];
    const callbacks = await endpoints.waitFor(quick.path, 3);
    expect(callbacks.map((c) => c.body.id).sort()).toEqual([...ids].sort());
    // Not queued behind the slow service: its eight hanging callbacks need at least four rounds of
    // the 5 s client timeout, two at a time, and they were not all tried before the quick ones came.
    expect(endpoints.to(slow.path).length).toBeLessThan(8);
    // The slow service never has more than its limit (2) in flight at once.
    expect(endpoints.mostOpenAtOnce(slow.path)).toBeLessThanOrEqual(2);
  });

  it('sends one callback for an outbox event drained twice (as after a crash between queuing and deleting)', async () => {
    const department = await aDepartment('complaint');
    const id = await sendEmail(department, 'complains@example.com', department.test, 'case-9');
    const drain = () => herald.runWorkerJob(QUEUES.serviceCallbacks, CALLBACK_OUTBOX_DRAIN);
    const complaint = { serviceId: department.serviceId, notificationId: id, complaintId: randomUUID(), complainedAt: new Date('2026-05-18T09:30:00.5Z') };

    // A crash between queuing and deleting cannot be caused from outside: the event is written twice, as it would be found after one.
    await herald.get(CallbackEventRepository).recordComplaint(complaint);
    await drain();
    await endpoints.waitFor(department.path);
    await herald.get(CallbackEventRepository).recordComplaint(complaint);
    await drain();
    await drain();

    await pause(1500);
    expect(endpoints.to(department.path).map((c) => c.body)).toEqual([
      {
        notification_id: id,
        complaint_id: complaint.complaintId,
        reference: 'case-9',
        to: 'complains@example.com',
        complaint_date: '2026-05-18T09:30:00.500000Z',
      },
    ]);
  });

  it('POSTs a received text to the inbound SMS callback as soon as it arrives', async () => {
    const department = await aDepartment('inbound-sms');
    const inboundNumber = `447700${randomInt(100000, 999999)}`;
    await herald.scenario.anSmsSender(department.serviceId, 'GOVUK', { inboundNumber });
    const params = {
      From: '+447700900111',
      To: `+${inboundNumber}`,
      Body: 'Can I move my appointment?',
      MessageSid: `SM${randomUUID().replace(/-/g, '')}`,
      AccountSid: twilio.accountSid,
    };
    const signature = getExpectedTwilioSignature(twilio.authToken, `${BASE_URL}/webhooks/twilio/inbound`, params);
    await request(herald.baseUrl).post('/webhooks/twilio/inbound').type('form').set('X-Twilio-Signature', signature).send(params).expect(200);

    const [callback] = await endpoints.waitFor(department.path);
    expect(callback.headers.authorization).toBe(`Bearer ${department.token}`);
    expect(callback.body).toEqual({
      id: expect.any(String),
      source_number: '447700900111',
      destination_number: inboundNumber,
      message: 'Can I move my appointment?',
      date_received: expect.stringMatching(TIMESTAMP),
    });
  });
});
