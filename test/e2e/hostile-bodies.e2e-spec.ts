import request from 'supertest';
import { aTestConfig, bearerFor, HeraldUnderTest, TestApiKey } from '@herald/testing';

const TOO_DEEP = 'Invalid JSON supplied in POST data: nested more than 64 levels deep';

/** `[[[…]]]` nested `depth` levels. */
const nestedArrays = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

/**
 * Request bodies that once gave a 500 (issue 9, points 1, 3, 4, 5 and 7): each is answered in
 * Notify's error format (or accepted, where Notify accepts it) and a refusal stores nothing.
 */
describe('hostile request bodies', () => {
  let herald: HeraldUnderTest;
  let key: TestApiKey;
  let templateId: string;
  const valid = () => ({ email_address: 'someone@example.com', template_id: templateId, personalisation: { name: 'Jo', date: 'Monday' } });
  const post = (path: string, body: string, contentType = 'application/json') =>
    request(herald.baseUrl).post(path).set('Authorization', bearerFor(key.serviceId, key.secret)).set('Content-Type', contentType).send(body);
  const stored = () => herald.listedNotifications(key);

  async function expectRefused(path: string, body: string, status: number, errors: Array<[string, string]>): Promise<void> {
    const before = await stored();
    const response = await post(path, body);
    expect(response.body).toEqual({ status_code: status, errors: errors.map(([error, message]) => ({ error, message })) });
    expect(response.status).toBe(status);
    expect(await stored()).toBe(before);
  }

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    const service = await herald.scenario.aService({ live: true });
    key = await herald.scenario.anApiKey(service.id);
    templateId = (await herald.scenario.anEmailTemplate(service.id)).id;
  });
  afterAll(() => herald.stop());

  describe('deeply nested JSON (point 1)', () => {
    const withNestedName = (depth: number) => JSON.stringify(valid()).replace('"Jo"', nestedArrays(depth));

    it('refuses a personalisation value nested 3,300 levels deep', () =>
      expectRefused('/v2/notifications/email', withNestedName(3300), 400, [['BadRequestError', TOO_DEEP]]));

    it.each([
      ['email', '/v2/notifications/email'],
      ['sms', '/v2/notifications/sms'],
      ['letter', '/v2/notifications/letter'],
      ['preview', `/v2/template/00000000-0000-4000-8000-000000000000/preview`],
    ])('refuses deep nesting in any field on %s', (_name, path) =>
      expectRefused(path, `{"reference": ${nestedArrays(65)}, "template_id": {"a": ${nestedArrays(5000)}}}`, 400, [['BadRequestError', TOO_DEEP]]),
    );

    it('refuses a body that is itself nested one level too deep', () =>
      expectRefused('/v2/notifications/email', nestedArrays(65), 400, [['BadRequestError', TOO_DEEP]]));

    it('reads brackets inside strings as text', async () => {
      const body = { ...valid(), personalisation: { name: '['.repeat(5000), date: '{'.repeat(5000) } };
      await post('/v2/notifications/email', JSON.stringify(body)).expect(201);
    });

    it('accepts personalisation nested as deep as the limit allows', async () => {
      // The body is level 1 and personalisation level 2: the list under it may take the other 62.
      const body = JSON.stringify({ ...valid(), personalisation: { ...valid().personalisation, extra: 'X' } }).replace('"X"', nestedArrays(62));
      await post('/v2/notifications/email', body).expect(201);
    });

    it('refuses 2 MB nested bodies while other requests are answered', async () => {
      const huge = withNestedName(1_000_000);
      const refusals = [1, 2, 3].map(() => post('/v2/notifications/email', huge));
      const status = request(herald.baseUrl).get('/_status?simple=1');
      const [health, ...refused] = await Promise.all([status, ...refusals]);
      expect(health.status).toBe(200);
      for (const response of refused) expect(response.body).toEqual({ status_code: 400, errors: [{ error: 'BadRequestError', message: TOO_DEEP }] });
    });
  });

  describe('sanitise_content_for (point 3)', () => {
    it('requires a list of strings', () =>
      expectRefused('/v2/notifications/email', JSON.stringify({ ...valid(), sanitise_content_for: [1] }), 400, [
        ['ValidationError', 'sanitise_content_for 1 is not of type string'],
      ]));

    it('names every item that is not a string, in Python’s words', () =>
      expectRefused('/v2/notifications/email', JSON.stringify({ ...valid(), sanitise_content_for: ['name', null, { a: true }] }), 400, [
        ['ValidationError', 'sanitise_content_for None is not of type string'],
        ['ValidationError', 'sanitise_content_for {a: True} is not of type string'],
      ]));
  });

  describe('content types (point 4)', () => {
    it.each(['!!!', 'application/json, text/html', 'application/', '/json', 'text/plain; charset'])(
      'parses a JSON body sent with the Content-Type %j, as Notify does',
      async (contentType) => {
        const response = await post('/v2/notifications/email', JSON.stringify(valid()), contentType);
        expect(response.status).toBe(201);
      },
    );

    it('refuses malformed JSON sent with an unreadable Content-Type in Notify’s words', async () => {
      const response = await post('/v2/notifications/email', '{"email_address": ', '!!!');
      expect(response.body).toEqual({ status_code: 400, errors: [{ error: 'BadRequestError', message: 'Invalid JSON supplied in POST data' }] });
    });
  });

  describe('keys Object.prototype has (point 5)', () => {
    it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('refuses a top-level %s as an unknown property', (name) =>
      expectRefused('/v2/notifications/email', JSON.stringify(valid()).replace(/}$/, `, "${name}": "x"}`), 400, [
        ['ValidationError', `Additional properties are not allowed (${name} was unexpected)`],
      ]),
    );

    it('does not take a required property from Object.prototype', () =>
      expectRefused('/v2/notifications/email', '{"constructor": 1, "template_id": "x"}', 400, [
        ['ValidationError', 'template_id is not a valid UUID'],
        ['ValidationError', 'email_address is a required property'],
        ['ValidationError', 'Additional properties are not allowed (constructor was unexpected)'],
      ]));
  });

  describe('address fields String() cannot convert (found by the bad-input suite)', () => {
    it('sends a letter whose address line is an object with a toString key, and shows it back', async () => {
      const letter = await herald.scenario.aTemplateOfType(key.serviceId, 'letter');
      const personalisation = { name: 'Jo', address_line_1: { toString: 1 }, address_line_2: ['1 High Street', { valueOf: 2 }], address_line_3: 'SW1A 1AA' };
      const created = await post('/v2/notifications/letter', JSON.stringify({ template_id: letter.id, personalisation })).expect(201);
      const shown = await request(herald.baseUrl)
        .get(`/v2/notifications/${created.body.id}`)
        .set('Authorization', bearerFor(key.serviceId, key.secret))
        .expect(200);
      expect(shown.body.line_1).toBe('{"toString":1}');
    });
  });

  describe('upper-case ids (point 7)', () => {
    it('finds an email template by an upper-case template_id', async () => {
      await post('/v2/notifications/email', JSON.stringify({ ...valid(), template_id: templateId.toUpperCase() })).expect(201);
    });

    it('finds a text message template by an upper-case template_id', async () => {
      const sms = await herald.scenario.anSmsTemplate(key.serviceId);
      const body = { phone_number: '07700900123', template_id: sms.id.toUpperCase(), personalisation: { name: 'Jo', date: 'Monday' } };
      await post('/v2/notifications/sms', JSON.stringify(body)).expect(201);
    });

    it('finds a letter template by an upper-case template_id', async () => {
      const letter = await herald.scenario.aTemplateOfType(key.serviceId, 'letter');
      const personalisation = { name: 'Jo', address_line_1: 'Jo Bloggs', address_line_2: '1 High Street', address_line_3: 'SW1A 1AA' };
      await post('/v2/notifications/letter', JSON.stringify({ template_id: letter.id.toUpperCase(), personalisation })).expect(201);
    });

    it('finds a reply-to address and a text sender by upper-case ids', async () => {
      const replyTo = await herald.scenario.aReplyTo(key.serviceId);
      await post('/v2/notifications/email', JSON.stringify({ ...valid(), email_reply_to_id: replyTo.toUpperCase() })).expect(201);
      const sender = await herald.scenario.anSmsSender(key.serviceId);
      const sms = await herald.scenario.anSmsTemplate(key.serviceId);
      const body = {
        phone_number: '07700900123',
        template_id: sms.id,
        sms_sender_id: sender.id.toUpperCase(),
        personalisation: { name: 'Jo', date: 'Monday' },
      };
      await post('/v2/notifications/sms', JSON.stringify(body)).expect(201);
    });
  });
});
