import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { aTestConfig, bearerFor, HeraldUnderTest, TestApiKey } from '@herald/testing';

/**
 * Every error of docs/api-contract.md §4.4–§4.6 that applies to email, with status and message, and proof
 * that nothing was stored.
 */
describe('POST /v2/notifications/email refuses bad input and stores nothing', () => {
  let herald: HeraldUnderTest;
  let key: TestApiKey;
  let templateId: string;
  const valid = () => ({ email_address: 'someone@example.com', template_id: templateId, personalisation: { name: 'Jo', date: 'Monday' } });

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    const service = await herald.scenario.aService({ live: true });
    key = await herald.scenario.anApiKey(service.id);
    templateId = (await herald.scenario.anEmailTemplate(service.id)).id;
  });
  afterAll(() => herald.stop());

  async function expectRefused(body: unknown, status: number, errors: Array<[string, string]>, apiKey = key): Promise<void> {
    const before = await herald.listedNotifications(apiKey);
    const req = request(herald.baseUrl).post('/v2/notifications/email').set('Authorization', bearerFor(apiKey.serviceId, apiKey.secret));
    const response = typeof body === 'string' ? await req.set('Content-Type', 'application/json').send(body) : await req.send(body as object);
    expect(response.body).toEqual({ status_code: status, errors: errors.map(([error, message]) => ({ error, message })) });
    expect(response.status).toBe(status);
    expect(await herald.listedNotifications(apiKey)).toBe(before);
  }

  it('accepts the valid request these cases start from', async () => {
    await request(herald.baseUrl).post('/v2/notifications/email').set('Authorization', bearerFor(key.serviceId, key.secret)).send(valid()).expect(201);
  });

  describe('schema validation (4.4)', () => {
    it('requires template_id and email_address', () =>
      expectRefused({}, 400, [
        ['ValidationError', 'email_address is a required property'],
        ['ValidationError', 'template_id is a required property'],
      ]));

    it('refuses a template_id that is not a UUID', () =>
      expectRefused({ ...valid(), template_id: 'abc' }, 400, [['ValidationError', 'template_id is not a valid UUID']]));

    it('refuses a non-string template_id with the UUID message', () =>
      expectRefused({ ...valid(), template_id: 123 }, 400, [['ValidationError', 'template_id is not a valid UUID']]));

    it('refuses personalisation that is not an object', () =>
      expectRefused({ ...valid(), personalisation: 'not_a_dict' }, 400, [['ValidationError', 'personalisation not_a_dict is not of type object']]));

    it('refuses an email_address that is not a string', () =>
      expectRefused({ ...valid(), email_address: 12345 }, 400, [['ValidationError', 'email_address 12345 is not of type string']]));

    it('refuses a null email_address in Python’s words', () =>
      expectRefused({ ...valid(), email_address: null }, 400, [['ValidationError', 'email_address None is not of type string']]));

    it('refuses an invalid email address', () =>
      expectRefused({ ...valid(), email_address: 'not-an-email' }, 400, [['ValidationError', 'email_address Not a valid email address']]));

    it('refuses a reference over 1000 characters', () =>
      expectRefused({ ...valid(), reference: 'a'.repeat(1001) }, 400, [['ValidationError', `reference ${'a'.repeat(1001)} is too long`]]));

    it('refuses an email_reply_to_id that is not a UUID', () =>
      expectRefused({ ...valid(), email_reply_to_id: 'nope' }, 400, [['ValidationError', 'email_reply_to_id is not a valid UUID']]));

    it('refuses an unsubscribe URL that is not https', () =>
      expectRefused({ ...valid(), one_click_unsubscribe_url: 'http://example.com' }, 400, [
        ['ValidationError', 'one_click_unsubscribe_url is not a valid https url'],
      ]));

    it('refuses unknown properties', () =>
      expectRefused({ ...valid(), template: 'x' }, 400, [['ValidationError', 'Additional properties are not allowed (template was unexpected)']]));

    it('names every unknown property', () =>
      expectRefused({ ...valid(), a: 1, b: 2 }, 400, [['ValidationError', 'Additional properties are not allowed (a, b were unexpected)']]));

    it('reports several problems in schema order', () =>
      expectRefused({ template_id: 'x', extra: true }, 400, [
        ['ValidationError', 'template_id is not a valid UUID'],
        ['ValidationError', 'email_address is a required property'],
        ['ValidationError', 'Additional properties are not allowed (extra was unexpected)'],
      ]));

    it('refuses a scheduled_for in the past', () =>
      expectRefused({ ...valid(), scheduled_for: '2020-01-01T10:00:00Z' }, 400, [['ValidationError', 'scheduled_for datetime can not be in the past']]));

    it('refuses a sanitise_content_for that is not a list', () =>
      expectRefused({ ...valid(), sanitise_content_for: 'name' }, 400, [['ValidationError', 'sanitise_content_for name is not of type array, null']]));

    it('refuses malformed JSON', () => expectRefused('{"email_address": ', 400, [['BadRequestError', 'Invalid JSON supplied in POST data']]));

    it('refuses a body that is not an object', () => expectRefused('[1, 2]', 400, [['ValidationError', '[1, 2] is not of type object']]));
  });

  describe('business rules (4.6)', () => {
    it('refuses an unknown template', () => expectRefused({ ...valid(), template_id: randomUUID() }, 400, [['BadRequestError', 'Template not found']]));

    it('refuses another service’s template', async () => {
      const other = await herald.scenario.aService();
      const otherTemplate = await herald.scenario.anEmailTemplate(other.id);
      await expectRefused({ ...valid(), template_id: otherTemplate.id }, 400, [['BadRequestError', 'Template not found']]);
    });

    it('refuses a template of another channel', async () => {
      const sms = await herald.scenario.aTemplateOfType(key.serviceId, 'sms');
      await expectRefused({ ...valid(), template_id: sms.id }, 400, [['BadRequestError', 'sms template is not suitable for email notification']]);
    });

    it('refuses an archived template', async () => {
      const archived = await herald.scenario.anEmailTemplate(key.serviceId);
      await herald.scenario.anArchivedTemplate(key.serviceId, archived.id);
      await expectRefused({ ...valid(), template_id: archived.id }, 400, [['BadRequestError', 'Template has been deleted']]);
    });

    it('lists missing personalisation in template order', () =>
      expectRefused({ ...valid(), personalisation: {} }, 400, [['BadRequestError', 'Missing personalisation: name, date']]));

    it('treats null personalisation values as missing', () =>
      expectRefused({ ...valid(), personalisation: { name: null, date: 'Monday' } }, 400, [['BadRequestError', 'Missing personalisation: name']]));

    it('refuses an empty message', async () => {
      const empty = await herald.scenario.anEmailTemplate(key.serviceId, { subject: 'S', content: '((body))' });
      await expectRefused({ ...valid(), template_id: empty.id, personalisation: { body: '' } }, 400, [['BadRequestError', 'Your message is empty.']]);
    });

    it('refuses an email over 2,000,000 bytes', async () => {
      const big = await herald.scenario.anEmailTemplate(key.serviceId, { subject: 'S', content: '((body))' });
      const body = 'é'.repeat(1_000_001);
      await expectRefused({ ...valid(), template_id: big.id, personalisation: { body } }, 400, [
        ['BadRequestError', 'Your message is too long. Emails cannot be longer than 2000000 bytes. Your message is 2000002 bytes.'],
      ]);
    });

    it('refuses a service without the email permission', async () => {
      const smsOnly = await herald.scenario.aService({ live: true, permissions: ['sms'] });
      const smsKey = await herald.scenario.anApiKey(smsOnly.id);
      const template = await herald.scenario.anEmailTemplate(smsOnly.id);
      await expectRefused({ ...valid(), template_id: template.id }, 400, [['BadRequestError', 'Service is not allowed to send emails']], smsKey);
    });

    it('refuses a reply-to address the service does not have', async () => {
      const unknown = randomUUID();
      await expectRefused({ ...valid(), email_reply_to_id: unknown }, 400, [
        ['BadRequestError', `email_reply_to_id ${unknown} does not exist in database for service id ${key.serviceId}`],
      ]);
    });

    it('refuses recipients outside the team in trial mode', async () => {
      const trial = await herald.scenario.aService({ live: false });
      const trialKey = await herald.scenario.anApiKey(trial.id, 'normal');
      const template = await herald.scenario.anEmailTemplate(trial.id);
      await expectRefused(
        { ...valid(), template_id: template.id },
        400,
        [['BadRequestError', 'Can’t send to this recipient when service is in trial mode – see https://www.notifications.service.gov.uk/trial-mode']],
        trialKey,
      );
    });

    it('refuses recipients outside the team for a team key', async () => {
      const teamKey = await herald.scenario.anApiKey(key.serviceId, 'team');
      await expectRefused(valid(), 400, [['BadRequestError', 'Can’t send to this recipient using a team-only API key']], teamKey);
    });
  });
});
