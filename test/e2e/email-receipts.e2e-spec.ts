import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import request from 'supertest';
import { ComplaintRepository } from '@herald/persistence';
import {
  aFreePort,
  aTestConfig,
  bearerFor,
  eventually,
  HeraldUnderTest,
  LoopbackCallbacks,
  LoopbackSmtp,
  LoopbackSns,
  runHeraldCli,
  TestApiKey,
} from '@herald/testing';

const EMAIL_DOMAIN = 'notify.example.gov';
const BOUNCE_DOMAIN = 'bounces.notify.example.gov';
const error = (status: number, name: string, message: string) => ({ status_code: status, errors: [{ error: name, message }] });

/**
 * Email receipts (docs/api-contract.md §8, §10): SES events through signed SNS messages, and reports mailed to
 * the bounce mailbox. SMTP relay, SNS and the reporting mail server are played on loopback.
 */
describe('delivery receipts for emails', () => {
  const smtp = new LoopbackSmtp();
  const sns = new LoopbackSns();
  const department = new LoopbackCallbacks();
  let herald: HeraldUnderTest;
  let bounceMailboxPort: number;
  let key: TestApiKey;
  let templateId: string;

  beforeAll(async () => {
    await Promise.all([smtp.start(), sns.start(), department.start()]);
    bounceMailboxPort = await aFreePort();
    herald = await HeraldUnderTest.start(
      await aTestConfig({
        SMTP_URL: smtp.url,
        EMAIL_DOMAIN,
        SNS_CERTIFICATE_URL_PATTERN: sns.certificateUrlPattern,
        BOUNCE_SMTP_PORT: String(bounceMailboxPort),
        BOUNCE_SMTP_HOST: '127.0.0.1',
        BOUNCE_DOMAIN,
      }),
      { worker: true },
    );
    const service = await herald.scenario.aService({ name: `Email receipts ${randomUUID().slice(0, 8)}` });
    key = await herald.scenario.anApiKey(service.id, 'normal');
    templateId = (await herald.scenario.anEmailTemplate(service.id, { subject: 'Your appointment', content: 'See you on Tuesday.' })).id;
  });
  afterAll(async () => {
    await herald?.stop();
    await Promise.all([smtp.stop(), sns.stop(), department.stop()]);
  });

  const statusOf = async (id: string): Promise<string> =>
    (await request(herald.baseUrl).get(`/v2/notifications/${id}`).set('Authorization', bearerFor(key.serviceId, key.secret)).expect(200)).body.status;
  // No API shows a complaint's type and source, so those are read from its repository.
  const complaintsAbout = (id: string) => herald.get(ComplaintRepository).findByNotification(key.serviceId, id);
  const aSentEmail = async (): Promise<string> => {
    const response = await request(herald.baseUrl)
      .post('/v2/notifications/email')
      .set('Authorization', bearerFor(key.serviceId, key.secret))
      .send({ email_address: 'someone@example.gov.uk', template_id: templateId })
      .expect(201);
    const id = response.body.id as string;
    await eventually(async () => expect(await statusOf(id)).toBe('sending'));
    return id;
  };
  const sesEvent = (id: string, body: object) => ({
    mail: {
      messageId: `0102018f${randomUUID()}`,
      headers: [{ name: 'Message-ID', value: `<${id}@${EMAIL_DOMAIN}>` }],
      commonHeaders: { messageId: `<${id}@${EMAIL_DOMAIN}>` },
    },
    ...body,
  });
  const postSns = (envelope: object) =>
    request(herald.baseUrl).post('/webhooks/ses').set('Content-Type', 'text/plain; charset=UTF-8').send(JSON.stringify(envelope));
  const mailToBounceMailbox = async (fixture: string, id: string, to = 'postmaster@bounces.notify.example.gov') => {
    const raw = readFileSync(join(__dirname, '../fixtures/bounces', fixture), 'utf8').replace(/NOTIFICATION_ID/g, id);
    const transport = createTransport({ host: '127.0.0.1', port: bounceMailboxPort, secure: false, ignoreTLS: true });
    try {
      await transport.sendMail({ envelope: { from: '', to }, raw });
    } finally {
      transport.close();
    }
  };

  it('sends each email with the VERP envelope sender of the bounce mailbox', async () => {
    const id = await aSentEmail();
    const index = smtp.messages.findIndex((m) => m.messageId === `<${id}@${EMAIL_DOMAIN}>`);
    expect(smtp.envelopeSenders[index]).toBe(`bounces+${id}@${BOUNCE_DOMAIN}`);
  });

  it('makes an email a permanent failure on a signed SES permanent bounce', async () => {
    const id = await aSentEmail();
    await postSns(sns.notification(sesEvent(id, { notificationType: 'Bounce', bounce: { bounceType: 'Permanent', bounceSubType: 'General' } }))).expect(204);
    expect(await statusOf(id)).toBe('permanent-failure');
  });

  it('makes an email delivered on a signed SES delivery (SignatureVersion 2), and ignores a later transient bounce', async () => {
    const id = await aSentEmail();
    await postSns(
      sns.notification(sesEvent(id, { notificationType: 'Delivery', delivery: { timestamp: new Date().toISOString() } }), { signatureVersion: '2' }),
    ).expect(204);
    await postSns(sns.notification(sesEvent(id, { notificationType: 'Bounce', bounce: { bounceType: 'Transient' } }))).expect(204);
    expect(await statusOf(id)).toBe('delivered');
  });

  it('refuses a tampered SNS message with 403 and changes nothing', async () => {
    const id = await aSentEmail();
    const envelope = sns.notification(sesEvent(id, { notificationType: 'Delivery' }));
    const tampered = { ...envelope, Message: envelope.Message.replace('Delivery', 'Bounce') };
    expect((await postSns(tampered).expect(403)).body).toEqual(error(403, 'AuthError', 'Invalid SNS signature'));
    expect(await statusOf(id)).toBe('sending');
  });

  it('refuses an SNS message whose certificate is not on a trusted host', async () => {
    const id = await aSentEmail();
    await postSns(sns.notification(sesEvent(id, { notificationType: 'Delivery' }), { certificateUrl: 'https://certs.evil.example/cert.pem' })).expect(403);
    expect(await statusOf(id)).toBe('sending');
  });

  it('refuses a body that is not an SNS message with 400', async () => {
    const response = await request(herald.baseUrl).post('/webhooks/ses').set('Content-Type', 'text/plain').send('hello').expect(400);
    expect(response.body).toEqual(error(400, 'BadRequestError', 'Not an Amazon SNS message'));
  });

  it('does not confirm a subscription whose SubscribeURL is not Amazon’s', async () => {
    await postSns(sns.subscriptionConfirmation('http://127.0.0.1:1/confirm')).expect(204);
  });

  it('records an SES complaint once, however often SNS repeats it, and calls the department back once', async () => {
    const id = await aSentEmail();
    const set = await runHeraldCli(
      herald.config,
      'callback',
      'set',
      '--service',
      key.serviceId,
      '--type',
      'complaint',
      '--url',
      department.url('/complaints'),
      '--token',
      'complaint-token-1',
    );
    expect(set.code).toBe(0);
    const complaint = sesEvent(id, {
      notificationType: 'Complaint',
      complaint: { complaintFeedbackType: 'abuse', timestamp: '2026-12-03T09:10:00.000Z', feedbackId: `fb-${randomUUID()}` },
    });
    await postSns(sns.notification(complaint)).expect(204);
    await postSns(sns.notification(complaint)).expect(204);
    const stored = await complaintsAbout(id);
    expect(stored).toEqual([
      expect.objectContaining({
        notificationId: id,
        serviceId: key.serviceId,
        complaintType: 'abuse',
        complaintDate: new Date('2026-12-03T09:10:00.000Z'),
        source: 'ses',
      }),
    ]);

    const [callback] = await department.waitFor('/complaints');
    expect(callback.headers.authorization).toBe('Bearer complaint-token-1');
    expect(callback.body).toMatchObject({
      notification_id: id,
      complaint_id: stored[0].id,
      to: 'someone@example.gov.uk',
      complaint_date: '2026-12-03T09:10:00.000000Z',
    });
    await new Promise((resolve) => setTimeout(resolve, 2500)); // two more outbox drains: time for a duplicate to show
    expect(department.to('/complaints')).toHaveLength(1);
  });

  it('makes an email a permanent failure when a DSN is mailed to the bounce mailbox', async () => {
    const id = await aSentEmail();
    await mailToBounceMailbox('dsn-permanent.eml', id, `bounces+${id}@${BOUNCE_DOMAIN}`);
    expect(await statusOf(id)).toBe('permanent-failure');
  });

  it('makes an email a temporary failure on a delayed DSN found by the returned Message-ID', async () => {
    const id = await aSentEmail();
    await mailToBounceMailbox('dsn-delayed.eml', id);
    expect(await statusOf(id)).toBe('temporary-failure');
  });

  it('records a complaint from an ARF abuse report mailed to the bounce mailbox', async () => {
    const id = await aSentEmail();
    await mailToBounceMailbox('arf-abuse.eml', id);
    expect(await complaintsAbout(id)).toEqual([expect.objectContaining({ complaintType: 'abuse', source: 'bounce-mailbox' })]);
    expect(await statusOf(id)).toBe('sending');
  });
});
