import { randomInt, randomUUID } from 'node:crypto';
import request from 'supertest';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import { DataSource } from 'typeorm';
import { InboundSmsRepository } from '@herald/persistence';
import { aTestConfig, bearerFor, HeraldUnderTest, TestApiKey } from '@herald/testing';

const BASE_URL = 'https://api.herald.example';
const ACCOUNT_SID = `AC${'a1'.repeat(16)}`;
const AUTH_TOKEN = 'twilio-auth-token-for-tests';
const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;
const error = (status: number, name: string, message: string) => ({ status_code: status, errors: [{ error: name, message }] });

describe('inbound text messages (docs/api-contract.md §12.11)', () => {
  let herald: HeraldUnderTest;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(
      await aTestConfig({
        API_BASE_URL: BASE_URL,
        TWILIO_ACCOUNT_SID: ACCOUNT_SID,
        TWILIO_AUTH_TOKEN: AUTH_TOKEN,
        TWILIO_FROM_NUMBER: '+447700900999',
      }),
    );
  });
  afterAll(() => herald.stop());

  /** A service with an inbound number (stored as E.164 digits) and a live key. */
  const aServiceWithInboundNumber = async () => {
    const service = await herald.scenario.aService();
    const inboundNumber = `447700${randomInt(100000, 999999)}`;
    await herald.scenario.anSmsSender(service.id, 'GOVUK', { inboundNumber });
    return { service, inboundNumber, key: await herald.scenario.anApiKey(service.id) };
  };
  const twilioParams = (to: string, overrides: Record<string, string> = {}) => ({
    ToCountry: 'GB',
    SmsMessageSid: 'SM1',
    NumMedia: '0',
    From: '+447700900111',
    To: `+${to}`,
    Body: 'Hello, can I move my appointment?',
    MessageSid: `SM${randomUUID().replace(/-/g, '')}`,
    AccountSid: ACCOUNT_SID,
    NumSegments: '1',
    ApiVersion: '2010-04-01',
    ...overrides,
  });
  const post = (
    params: Record<string, string>,
    signature: string | null = getExpectedTwilioSignature(AUTH_TOKEN, `${BASE_URL}/webhooks/twilio/inbound`, params),
  ) => {
    const req = request(herald.baseUrl).post('/webhooks/twilio/inbound').type('form');
    return (signature === null ? req : req.set('X-Twilio-Signature', signature)).send(params);
  };
  const received = (key: TestApiKey, query = '') =>
    request(herald.baseUrl).get(`/v2/received-text-messages${query}`).set('Authorization', bearerFor(key.serviceId, key.secret));
  const storedFor = async (serviceId: string) =>
    herald.get(DataSource).query('SELECT user_number, content FROM inbound_sms WHERE service_id = $1', [serviceId]) as Promise<
      Array<{ user_number: string; content: string }>
    >;

  describe('the Twilio webhook', () => {
    it('stores a correctly signed text for the service that owns the number and answers empty TwiML', async () => {
      const { service, inboundNumber, key } = await aServiceWithInboundNumber();
      const response = await post(twilioParams(inboundNumber)).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/xml/);
      expect(response.text).toBe(EMPTY_TWIML);

      const { body } = await received(key).expect(200);
      expect(body.received_text_messages).toEqual([
        {
          id: expect.any(String),
          created_at: expect.stringMatching(TIMESTAMP),
          service_id: service.id,
          notify_number: inboundNumber,
          user_number: '447700900111',
          content: 'Hello, can I move my appointment?',
        },
      ]);
    });

    it('finds a number stored as dialled in the UK from the E.164 number Twilio posts', async () => {
      const service = await herald.scenario.aService();
      const national = `07700${randomInt(100000, 999999)}`;
      await herald.scenario.anSmsSender(service.id, 'GOVUK', { inboundNumber: national });
      await post(twilioParams(`44${national.slice(1)}`)).expect(200);
      const { body } = await received(await herald.scenario.anApiKey(service.id)).expect(200);
      expect(body.received_text_messages).toEqual([expect.objectContaining({ notify_number: national, user_number: '447700900111' })]);
    });

    it('keeps the sender’s number and the message encrypted at rest', async () => {
      const { service, inboundNumber } = await aServiceWithInboundNumber();
      await post(twilioParams(inboundNumber, { Body: 'Secret words' })).expect(200);
      const [row] = await storedFor(service.id);
      expect(row.user_number).not.toContain('7700900111');
      expect(row.content).not.toContain('Secret');
    });

    it('refuses a forged signature with 403 and stores nothing', async () => {
      const { service, inboundNumber } = await aServiceWithInboundNumber();
      const params = twilioParams(inboundNumber);
      const forged = getExpectedTwilioSignature('not-the-token', `${BASE_URL}/webhooks/twilio/inbound`, params);
      expect((await post(params, forged).expect(403)).body).toEqual(error(403, 'AuthError', 'Invalid Twilio signature'));
      // Signed for other content than what arrives.
      await post({ ...params, Body: 'changed' }, getExpectedTwilioSignature(AUTH_TOKEN, `${BASE_URL}/webhooks/twilio/inbound`, params)).expect(403);
      // Signed for another URL.
      await post(params, getExpectedTwilioSignature(AUTH_TOKEN, `${BASE_URL}/elsewhere`, params)).expect(403);
      expect(await storedFor(service.id)).toEqual([]);
    });

    it('refuses an unsigned request, or one from an account Herald does not know', async () => {
      const { service, inboundNumber } = await aServiceWithInboundNumber();
      await post(twilioParams(inboundNumber), null).expect(403);
      await post(twilioParams(inboundNumber, { AccountSid: `AC${'b2'.repeat(16)}` })).expect(403);
      expect(await storedFor(service.id)).toEqual([]);
    });

    it('answers a text to a number no service has with empty TwiML and stores nothing', async () => {
      const before = Number((await herald.get(DataSource).query('SELECT count(*) AS n FROM inbound_sms'))[0].n);
      const response = await post(twilioParams('447700000001')).expect(200);
      expect(response.text).toBe(EMPTY_TWIML);
      expect(Number((await herald.get(DataSource).query('SELECT count(*) AS n FROM inbound_sms'))[0].n)).toBe(before);
    });

    it('stores a message Twilio delivers twice only once', async () => {
      const { service, inboundNumber } = await aServiceWithInboundNumber();
      const params = twilioParams(inboundNumber);
      await post(params).expect(200);
      await post(params).expect(200);
      expect(await storedFor(service.id)).toHaveLength(1);
    });
  });

  describe('GET /v2/received-text-messages', () => {
    it('pages newest first, 250 at a time, with links that never echo older_than', async () => {
      const { service, inboundNumber, key } = await aServiceWithInboundNumber();
      const texts = herald.get(InboundSmsRepository);
      const start = Date.UTC(2026, 10, 1);
      // 252 texts; the two either side of the page boundary arrive in the same millisecond, so the id decides their order.
      for (let i = 0; i < 252; i++) {
        await texts.insert({
          serviceId: service.id,
          notifyNumber: inboundNumber,
          userNumber: '447700900222',
          content: `text ${i}`,
          provider: 'twilio',
          providerReference: null,
          createdAt: new Date(start + (i === 1 ? 2 : i) * 1000),
        });
      }
      const current = `${BASE_URL}/v2/received-text-messages`;
      const first = (await received(key).expect(200)).body;
      expect(first.received_text_messages).toHaveLength(250);
      expect(first.received_text_messages[0].content).toBe('text 251');
      const lastOfFirst = first.received_text_messages[249];
      expect(first.links).toEqual({ current, next: `${current}?older_than=${lastOfFirst.id}` });

      const second = (await received(key, `?older_than=${lastOfFirst.id}`).expect(200)).body;
      expect(second.received_text_messages).toHaveLength(2);
      const contents = [...first.received_text_messages, ...second.received_text_messages].map((t: { content: string }) => t.content);
      expect(new Set(contents).size).toBe(252);
      expect(contents[251]).toBe('text 0');
      const lastOfSecond = second.received_text_messages[1];
      expect(second.links).toEqual({ current, next: `${current}?older_than=${lastOfSecond.id}` });

      const third = (await received(key, `?older_than=${lastOfSecond.id.toUpperCase()}`).expect(200)).body;
      expect(third).toEqual({ received_text_messages: [], links: { current } });
    });

    it('shows every key type the same texts, and no other service’s', async () => {
      const { service, inboundNumber } = await aServiceWithInboundNumber();
      await post(twilioParams(inboundNumber)).expect(200);
      const testKey = await herald.scenario.anApiKey(service.id, 'test');
      expect((await received(testKey).expect(200)).body.received_text_messages).toHaveLength(1);
      const other = await aServiceWithInboundNumber();
      expect((await received(other.key).expect(200)).body).toEqual({ received_text_messages: [], links: { current: `${BASE_URL}/v2/received-text-messages` } });
    });

    it('answers an unknown older_than with an empty page', async () => {
      const { key } = await aServiceWithInboundNumber();
      expect((await received(key, `?older_than=${randomUUID()}`).expect(200)).body.received_text_messages).toEqual([]);
    });

    it('refuses an older_than that is not a uuid, and any other parameter', async () => {
      const { key } = await aServiceWithInboundNumber();
      expect((await received(key, '?older_than=yesterday').expect(400)).body).toEqual(error(400, 'ValidationError', 'older_than is not a valid UUID'));
      expect((await received(key, '?page=2').expect(400)).body).toEqual(
        error(400, 'ValidationError', 'Additional properties are not allowed (page was unexpected)'),
      );
    });

    it('needs an API key', async () => {
      const { body } = await request(herald.baseUrl).get('/v2/received-text-messages').expect(401);
      expect(body).toEqual(error(401, 'AuthError', 'Unauthorized: authentication token must be provided'));
    });
  });
});
