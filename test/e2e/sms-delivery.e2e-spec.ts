import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import type { NotificationDetail } from '@herald/contracts';
import { NotificationStatus } from '@herald/domain';
import { aTestConfig, bearerFor, eventually, HeraldUnderTest, LoopbackTwilio, Scenario, TestApiKey } from '@herald/testing';

const PUBLIC_URL = 'https://herald.test.example';

/** Herald's side of a send: the API stores and answers, the worker delivers. */
class TextSender {
  constructor(
    private readonly herald: HeraldUnderTest,
    private readonly key: TestApiKey,
    private readonly templateId: string,
  ) {}

  async send(phoneNumber: string, extra: object = {}, key = this.key): Promise<string> {
    const response = await request(this.herald.baseUrl)
      .post('/v2/notifications/sms')
      .set('Authorization', bearerFor(key.serviceId, key.secret))
      .send({ phone_number: phoneNumber, template_id: this.templateId, personalisation: { name: 'Jo', code: '4321' }, ...extra })
      .expect(201);
    return response.body.id as string;
  }

  /** Waits for the status on the v2 API, then gives what the service's team sees (provider, its reference). */
  async statusBecomes(id: string, status: NotificationStatus, timeoutMs = 20000): Promise<NotificationDetail> {
    await eventually(async () => {
      const response = await request(this.herald.baseUrl)
        .get(`/v2/notifications/${id}`)
        .set('Authorization', bearerFor(this.key.serviceId, this.key.secret))
        .expect(200);
      expect(response.body.status).toBe(status);
    }, timeoutMs);
    return this.herald.notificationSeenByTeam(this.key.serviceId, id);
  }
}

/**
 * Delivering texts end to end: Herald (API + worker) on PostgreSQL and Redis, Twilio played by
 * HTTP servers on loopback that speak its Messages API to the official twilio SDK.
 */
describe('delivering a text message through Twilio', () => {
  const twilio = new LoopbackTwilio();
  const backup = new LoopbackTwilio();
  let herald: HeraldUnderTest;
  let scenario: Scenario;
  let key: TestApiKey;
  let serviceName: string;
  let texts: TextSender;

  beforeAll(async () => {
    await Promise.all([twilio.start(), backup.start()]);
    herald = await HeraldUnderTest.start(
      await aTestConfig({
        API_BASE_URL: PUBLIC_URL,
        SMS_PROVIDERS: 'twilio:10,twilio-b:5',
        ...twilio.configFor('TWILIO_'),
        ...backup.configFor('TWILIO_B_'),
      }),
      { worker: true },
    );
    scenario = herald.scenario;
    const service = await scenario.aService({ name: `Passport Office ${randomUUID().slice(0, 8)}`, settings: { prefixSms: true } });
    serviceName = service.name;
    await scenario.anSmsSender(service.id, 'PASSPORT', { isDefault: true });
    key = await scenario.anApiKey(service.id, 'normal');
    texts = new TextSender(herald, key, (await scenario.anSmsTemplate(service.id, { content: 'Hello ((name)), your code is ((code)).' })).id);
  });

  afterEach(() => {
    twilio.reset();
    backup.reset();
  });

  afterAll(async () => {
    await herald?.stop();
    await Promise.all([twilio.stop(), backup.stop()]);
  });

  it('hands Twilio the number, the service’s sender, the prefixed text and a status callback, and records Twilio’s sid', async () => {
    const id = await texts.send('07700 900123');

    const message = await twilio.waitForMessageTo('+447700900123');
    expect(message).toMatchObject({
      accountSid: twilio.accountSid,
      from: 'PASSPORT',
      body: `${serviceName}: Hello Jo, your code is 4321.`,
      statusCallback: `${PUBLIC_URL}/webhooks/twilio/status/${id}`,
    });
    const sent = await texts.statusBecomes(id, 'sending');
    expect(sent).toMatchObject({ provider: 'twilio', providerReference: message.sid, sentAt: expect.any(String) });
    expect(backup.messages).toHaveLength(0);
  });

  it('sends without the prefix when the service has it off, from the chosen sender in E.164', async () => {
    const service = await scenario.aService();
    const otherKey = await scenario.anApiKey(service.id);
    const sender = await scenario.anSmsSender(service.id, '07700 900500');
    const template = await scenario.anSmsTemplate(service.id, { content: 'Your code is ((code))' });
    const otherTexts = new TextSender(herald, otherKey, template.id);
    const id = await otherTexts.send('+44 7700 900124', { sms_sender_id: sender.id, personalisation: { code: '99' } });

    expect(await twilio.waitForMessageTo('+447700900124')).toMatchObject({ from: '+447700900500', body: 'Your code is 99' });
    await otherTexts.statusBecomes(id, 'sending');
  });

  it('records an international text as `sent`, since no receipt will come for it', async () => {
    const service = await scenario.aService({ permissions: ['sms', 'international_sms'] });
    const otherKey = await scenario.anApiKey(service.id);
    const template = await scenario.anSmsTemplate(service.id, { content: 'Hallo ((name))' });
    const otherTexts = new TextSender(herald, otherKey, template.id);
    const id = await otherTexts.send('+49 151 23456789');

    const message = await twilio.waitForMessageTo('+4915123456789');
    expect(await otherTexts.statusBecomes(id, 'sent')).toMatchObject({ provider: 'twilio', providerReference: message.sid });
  });

  it('waits as long as Twilio asks when it answers 429, then sends through the same account', async () => {
    twilio.failWith('rate-limited', 1);
    const id = await texts.send('07700 900125');

    const message = await twilio.waitForMessageTo('+447700900125');
    expect(twilio.attempts.filter((a) => a.to === '+447700900125').map((a) => a.status)).toEqual([429, 201]);
    expect(await texts.statusBecomes(id, 'sending')).toMatchObject({ provider: 'twilio', providerReference: message.sid });
  });

  it('ends as permanent-failure, at once, when Twilio refuses the number', async () => {
    twilio.failWith('invalid-number', 1);
    const id = await texts.send('07700 900126');

    const failed = await texts.statusBecomes(id, 'permanent-failure');
    expect(failed.providerReference).toBeNull();
    expect(twilio.attempts.filter((a) => a.to === '+447700900126').map((a) => a.status)).toEqual([400]);
    expect(backup.messages).toHaveLength(0);
  });

  it('never hands a test key’s text to Twilio, and gives it the simulated status', async () => {
    const testKey = await scenario.anApiKey(key.serviceId, 'test');
    const before = twilio.attempts.length + backup.attempts.length;
    const delivered = await texts.send('07700 900127', {}, testKey);
    const temporary = await texts.send('07700 900003', {}, testKey);
    const permanent = await texts.send('07700 900002', {}, testKey);

    expect(await texts.statusBecomes(delivered, 'delivered')).toMatchObject({ provider: 'simulated', fromTestKey: true });
    await texts.statusBecomes(temporary, 'temporary-failure');
    await texts.statusBecomes(permanent, 'permanent-failure');
    expect(twilio.attempts.length + backup.attempts.length).toBe(before);
  });
});

describe('delivering a text whose retries run out', () => {
  const twilio = new LoopbackTwilio();
  let herald: HeraldUnderTest;

  beforeAll(async () => {
    await twilio.start();
    herald = await HeraldUnderTest.start(
      await aTestConfig({ DELIVERY_RETRY_MAX_ATTEMPTS: '2', DELIVERY_RETRY_BASE_SECONDS: '1', ...twilio.configFor('TWILIO_') }),
      { worker: true },
    );
  });

  afterAll(async () => {
    await herald?.stop();
    await twilio.stop();
  });

  it('ends as technical-failure when Twilio keeps failing until the retries run out', async () => {
    twilio.failWith('server-error');
    const service = await herald.scenario.aService();
    const key = await herald.scenario.anApiKey(service.id);
    const texts = new TextSender(herald, key, (await herald.scenario.anSmsTemplate(service.id, { content: 'Hi ((name))' })).id);
    const id = await texts.send('07700 900129');

    expect(await texts.statusBecomes(id, 'technical-failure')).toMatchObject({ provider: null, providerReference: null });
    expect(twilio.attempts.filter((a) => a.to === '+447700900129').map((a) => a.status)).toEqual([500, 500]);
  });
});

describe('delivering a text whose enqueue was lost', () => {
  const twilio = new LoopbackTwilio();
  let api: HeraldUnderTest;
  let worker: HeraldUnderTest | undefined;

  beforeAll(() => twilio.start());

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
    await twilio.stop();
  });

  it('sends a text the replay sweep finds still `created`', async () => {
    const config = await aTestConfig({ REPLAY_AFTER_SECONDS: '1', SWEEP_INTERVAL_SECONDS: '1', ...twilio.configFor('TWILIO_') });
    // The API sees a Redis that is not there, so the text stays `created`; the worker (on the same database) sees the real one.
    api = await HeraldUnderTest.start({ ...config, redisUrl: 'redis://127.0.0.1:1' });
    const service = await api.scenario.aService({ settings: { prefixSms: true }, name: `Passport Office ${randomUUID().slice(0, 8)}` });
    await api.scenario.anSmsSender(service.id, 'PASSPORT', { isDefault: true });
    const key = await api.scenario.anApiKey(service.id);
    const texts = new TextSender(api, key, (await api.scenario.anSmsTemplate(service.id, { content: 'Replayed ((name))' })).id);
    const id = await texts.send('07700 900128');
    await texts.statusBecomes(id, 'created');

    worker = await HeraldUnderTest.start(config, { worker: true });
    expect(await twilio.waitForMessageTo('+447700900128')).toMatchObject({ from: 'PASSPORT', body: `${service.name}: Replayed Jo` });
    await texts.statusBecomes(id, 'sending');
  });
});

describe('failing over to the next SMS provider', () => {
  const failing = new LoopbackTwilio();
  const backup = new LoopbackTwilio();
  let herald: HeraldUnderTest;
  let texts: TextSender;

  beforeAll(async () => {
    await Promise.all([failing.start(), backup.start()]);
    herald = await HeraldUnderTest.start(
      await aTestConfig({
        SMS_PROVIDERS: 'twilio:10,twilio-b:5',
        SMS_FAILOVER_MIN_SENDS: '1',
        DELIVERY_RETRY_BASE_SECONDS: '1',
        ...failing.configFor('TWILIO_'),
        ...backup.configFor('TWILIO_B_', '+447700900888'),
      }),
      { worker: true },
    );
    const service = await herald.scenario.aService();
    const key = await herald.scenario.anApiKey(service.id);
    texts = new TextSender(herald, key, (await herald.scenario.anSmsTemplate(service.id, { content: 'Hi ((name))' })).id);
  });

  afterAll(async () => {
    await herald?.stop();
    await Promise.all([failing.stop(), backup.stop()]);
  });

  it('sends through the second provider once the first answers 500, and retries the failed text there', async () => {
    failing.failWith('server-error');
    const first = await texts.send('07700 900201');
    await eventually(async () => expect(failing.attempts.map((a) => a.status)).toEqual([500]));

    const second = await texts.send('07700 900202');
    const viaBackup = await backup.waitForMessageTo('+447700900202');
    expect(viaBackup).toMatchObject({ accountSid: backup.accountSid, from: '+447700900888', body: 'Hi Jo' });
    expect(await texts.statusBecomes(second, 'sending')).toMatchObject({ provider: 'twilio-b', providerReference: viaBackup.sid });

    // The failed text is retried with backoff (at most 1 s here for the first retry), through the healthy provider.
    const retried = await backup.waitForMessageTo('+447700900201');
    expect(await texts.statusBecomes(first, 'sending')).toMatchObject({ provider: 'twilio-b', providerReference: retried.sid });
    expect(failing.messages).toHaveLength(0);
  });
});

describe('delivering texts with no SMS provider configured', () => {
  let herald: HeraldUnderTest;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig(), { worker: true });
  });

  afterAll(() => herald?.stop());

  it('writes each text as a .json file under DATA_DIR/outbox/sms and marks it delivered', async () => {
    const service = await herald.scenario.aService();
    await herald.scenario.anSmsSender(service.id, 'OUTBOX');
    const key = await herald.scenario.anApiKey(service.id);
    const texts = new TextSender(herald, key, (await herald.scenario.anSmsTemplate(service.id, { content: 'Code ((code)) for ((name))' })).id);
    const id = await texts.send('07700 900301');

    const delivered = await texts.statusBecomes(id, 'delivered');
    const file = join(herald.config.outboxDir, 'sms', `${id}.json`);
    expect(delivered).toMatchObject({ provider: 'outbox', providerReference: file });
    expect(existsSync(file)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ id, to: '+447700900301', from: 'OUTBOX', body: 'Code 4321 for Jo' });
  });
});
