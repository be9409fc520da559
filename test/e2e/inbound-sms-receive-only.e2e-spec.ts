import { randomInt, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import { aTestConfig, bearerFor, eventually, HeraldUnderTest, LoopbackTwilio, TestApiKey } from '@herald/testing';

const BASE_URL = 'https://api.herald.example';
const INBOUND_URL = `${BASE_URL}/webhooks/twilio/inbound`;
const ACCOUNT_SID = `AC${'c3'.repeat(16)}`;
const AUTH_TOKEN = 'receive-only-auth-token';
/** Only what checks Twilio's signature: no TWILIO_FROM_NUMBER, no TWILIO_MESSAGING_SERVICE_SID. */
const RECEIVE_ONLY = { API_BASE_URL: BASE_URL, TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: AUTH_TOKEN };

const twilioParams = (to: string, body = 'Can I change my appointment?') => ({
  ToCountry: 'GB',
  NumMedia: '0',
  From: '+447700900111',
  To: `+${to}`,
  Body: body,
  MessageSid: `SM${randomUUID().replace(/-/g, '')}`,
  AccountSid: ACCOUNT_SID,
  NumSegments: '1',
  ApiVersion: '2010-04-01',
});

/** What Twilio does for a text to an inbound number, and what the department then reads and sends. */
class InboundDepartment {
  constructor(
    private readonly herald: HeraldUnderTest,
    readonly key: TestApiKey,
    readonly inboundNumber: string,
  ) {}

  static async create(herald: HeraldUnderTest): Promise<InboundDepartment> {
    const service = await herald.scenario.aService();
    const inboundNumber = `447700${randomInt(100000, 999999)}`;
    await herald.scenario.anSmsSender(service.id, 'GOVUK', { inboundNumber });
    return new InboundDepartment(herald, await herald.scenario.anApiKey(service.id), inboundNumber);
  }

  postText(params: Record<string, string>, signature: string | null = getExpectedTwilioSignature(AUTH_TOKEN, INBOUND_URL, params)) {
    const req = request(this.herald.baseUrl).post('/webhooks/twilio/inbound').type('form');
    return (signature === null ? req : req.set('X-Twilio-Signature', signature)).send(params);
  }

  async receivedContents(): Promise<string[]> {
    const { body } = await request(this.herald.baseUrl)
      .get('/v2/received-text-messages')
      .set('Authorization', bearerFor(this.key.serviceId, this.key.secret))
      .expect(200);
    return (body.received_text_messages as Array<{ content: string }>).map((text) => text.content);
  }

  async sendText(phoneNumber: string): Promise<string> {
    const template = await this.herald.scenario.anSmsTemplate(this.key.serviceId, { content: 'Your appointment is moved' });
    const { body } = await request(this.herald.baseUrl)
      .post('/v2/notifications/sms')
      .set('Authorization', bearerFor(this.key.serviceId, this.key.secret))
      .send({ phone_number: phoneNumber, template_id: template.id })
      .expect(201);
    return body.id as string;
  }

  async delivered(id: string) {
    await eventually(async () => {
      const { body } = await request(this.herald.baseUrl)
        .get(`/v2/notifications/${id}`)
        .set('Authorization', bearerFor(this.key.serviceId, this.key.secret))
        .expect(200);
      expect(body.status).toBe('delivered');
    });
    return this.herald.notificationSeenByTeam(this.key.serviceId, id);
  }
}

describe('receiving texts on Twilio with only TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN', () => {
  let herald: HeraldUnderTest;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig(RECEIVE_ONLY), { worker: true });
  });
  afterAll(() => herald?.stop());

  it('stores a text whose X-Twilio-Signature was made with the account’s auth token', async () => {
    const department = await InboundDepartment.create(herald);
    await department.postText(twilioParams(department.inboundNumber, 'Signed with the token')).expect(200);
    expect(await department.receivedContents()).toEqual(['Signed with the token']);
  });

  it('still refuses an unsigned text, or one signed with another token, with 403', async () => {
    const department = await InboundDepartment.create(herald);
    await department.postText(twilioParams(department.inboundNumber), null).expect(403);
    const params = twilioParams(department.inboundNumber);
    await department.postText(params, getExpectedTwilioSignature('not-the-token', INBOUND_URL, params)).expect(403);
    expect(await department.receivedContents()).toEqual([]);
  });

  it('sends texts through the outbox, not through Twilio', async () => {
    const department = await InboundDepartment.create(herald);
    const id = await department.sendText('07700 900302');
    const delivered = await department.delivered(id);
    expect(delivered).toMatchObject({ provider: 'outbox' });
    expect(existsSync(join(herald.config.outboxDir, 'sms', `${id}.json`))).toBe(true);
  });
});

describe('receiving texts on one Twilio account while sending through another', () => {
  const sending = new LoopbackTwilio();
  let herald: HeraldUnderTest;

  beforeAll(async () => {
    await sending.start();
    herald = await HeraldUnderTest.start(
      await aTestConfig({ ...RECEIVE_ONLY, SMS_PROVIDERS: 'twilio-b:10', ...sending.configFor('TWILIO_B_', '+447700900888') }),
      { worker: true },
    );
  });
  afterAll(async () => {
    await herald?.stop();
    await sending.stop();
  });

  it('checks the receiving account’s signature and sends through the account SMS_PROVIDERS lists', async () => {
    const department = await InboundDepartment.create(herald);
    await department.postText(twilioParams(department.inboundNumber, 'Received on the first account')).expect(200);
    expect(await department.receivedContents()).toEqual(['Received on the first account']);

    await department.sendText('07700 900303');
    expect(await sending.waitForMessageTo('+447700900303')).toMatchObject({ accountSid: sending.accountSid, body: 'Your appointment is moved' });
  });
});
