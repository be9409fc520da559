import request from 'supertest';
import { BOTH_DATABASES, bearerFor, HeraldUnderTest, openPersistence, TestApiKey } from '@herald/testing';

const NUL = '\u0000';

/**
 * PostgreSQL cannot store or compare text holding a NUL character (issue 9, point 2): every
 * string that would reach the database is refused first, with a 400 on both databases.
 */
describe.each(BOTH_DATABASES)('NUL characters on %s', (_name, aConfig) => {
  let herald: HeraldUnderTest;
  let key: TestApiKey;
  let emailTemplateId: string;
  let smsTemplateId: string;
  let letterTemplateId: string;
  const auth = () => bearerFor(key.serviceId, key.secret);
  const stored = () => herald.listedNotifications(key);

  beforeAll(async () => {
    const config = await aConfig();
    // A fresh SQLite file has no schema yet (PostgreSQL's is a copy of a migrated database).
    await (await openPersistence(config)).close();
    herald = await HeraldUnderTest.start(config);
    const service = await herald.scenario.aService({ live: true });
    key = await herald.scenario.anApiKey(service.id);
    emailTemplateId = (await herald.scenario.anEmailTemplate(service.id)).id;
    smsTemplateId = (await herald.scenario.anSmsTemplate(service.id)).id;
    letterTemplateId = (await herald.scenario.aTemplateOfType(service.id, 'letter')).id;
  });
  afterAll(() => herald.stop());

  async function expectRefused(path: string, body: object, message: string): Promise<void> {
    const before = await stored();
    const response = await request(herald.baseUrl).post(path).set('Authorization', auth()).send(body);
    expect(response.body).toEqual({ status_code: 400, errors: [{ error: 'ValidationError', message }] });
    expect(response.status).toBe(400);
    expect(await stored()).toBe(before);
  }

  const email = () => ({ email_address: 'someone@example.com', template_id: emailTemplateId, personalisation: { name: 'Jo', date: 'Monday' } });
  const sms = () => ({ phone_number: '07700900123', template_id: smsTemplateId, personalisation: { name: 'Jo', date: 'Monday' } });
  const address = { address_line_1: 'Jo Bloggs', address_line_2: '1 High Street', address_line_3: 'SW1A 1AA' };
  const letter = () => ({ template_id: letterTemplateId, personalisation: { name: 'Jo', ...address } });

  it('refuses one in an email’s reference', () =>
    expectRefused('/v2/notifications/email', { ...email(), reference: `ref${NUL}1` }, 'reference must not contain NUL characters'));

  it('refuses one in a text message’s reference and phone number', async () => {
    await expectRefused('/v2/notifications/sms', { ...sms(), reference: NUL }, 'reference must not contain NUL characters');
    await expectRefused('/v2/notifications/sms', { ...sms(), phone_number: `07700900123${NUL}` }, 'phone_number must not contain NUL characters');
  });

  it('refuses one in an email address', () =>
    expectRefused('/v2/notifications/email', { ...email(), email_address: `someone${NUL}@example.com` }, 'email_address must not contain NUL characters'));

  it('refuses one in a letter’s reference or address', async () => {
    await expectRefused('/v2/notifications/letter', { ...letter(), reference: NUL }, 'reference must not contain NUL characters');
    await expectRefused(
      '/v2/notifications/letter',
      { ...letter(), personalisation: { ...letter().personalisation, address_line_2: `1 High${NUL} Street` } },
      'personalisation address_line_2 must not contain NUL characters',
    );
  });

  it('refuses one in a precompiled letter’s reference', () =>
    expectRefused('/v2/notifications/letter', { reference: `a${NUL}`, content: 'JVBERi0xLjQK' }, 'reference must not contain NUL characters'));

  it('refuses one in the reference of a notifications list', async () => {
    const response = await request(herald.baseUrl).get('/v2/notifications?reference=a%00b').set('Authorization', auth());
    expect(response.body).toEqual({ status_code: 400, errors: [{ error: 'ValidationError', message: 'reference must not contain NUL characters' }] });
    expect(response.status).toBe(400);
  });

  it('still sends personalisation that holds one (it is stored encrypted)', async () => {
    await request(herald.baseUrl)
      .post('/v2/notifications/email')
      .set('Authorization', auth())
      .send({ ...email(), personalisation: { name: `Jo${NUL}`, date: 'Monday' } })
      .expect(201);
  });
});
