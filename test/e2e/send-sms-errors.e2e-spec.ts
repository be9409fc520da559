import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Service } from '@herald/domain';
import { aTestConfig, bearerFor, HeraldUnderTest, Scenario, TestApiKey } from '@herald/testing';

/**
 * Every error of docs/api-contract.md §4.4, §4.6, §12.2, §13.3 and §14.2 that applies to text messages, with status
 * and message, and proof that nothing was stored.
 */
describe('POST /v2/notifications/sms refuses bad input and stores nothing', () => {
  let herald: HeraldUnderTest;
  let scenario: Scenario;
  let key: TestApiKey;
  let templateId: string;
  const valid = () => ({ phone_number: '07700 900 123', template_id: templateId, personalisation: { name: 'Jo', date: 'Monday' } });

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    scenario = herald.scenario;
    const service = await scenario.aService({ live: true });
    key = await scenario.anApiKey(service.id);
    templateId = (await scenario.anSmsTemplate(service.id)).id;
  });
  afterAll(() => herald.stop());

  async function expectRefused(body: unknown, status: number, errors: Array<[string, string]>, apiKey = key): Promise<void> {
    const before = await herald.listedNotifications(apiKey);
    const response = await request(herald.baseUrl)
      .post('/v2/notifications/sms')
      .set('Authorization', bearerFor(apiKey.serviceId, apiKey.secret))
      .send(body as object);
    expect(response.body).toEqual({ status_code: status, errors: errors.map(([error, message]) => ({ error, message })) });
    expect(response.status).toBe(status);
    expect(await herald.listedNotifications(apiKey)).toBe(before);
  }

  const serviceWith = async (options: { live?: boolean; permissions?: Service['permissions'] } = {}) => {
    const service = await scenario.aService({ live: options.live ?? true, permissions: options.permissions });
    const template = await scenario.anSmsTemplate(service.id);
    return { service, templateId: template.id };
  };

  it('accepts the valid request these cases start from', async () => {
    await request(herald.baseUrl).post('/v2/notifications/sms').set('Authorization', bearerFor(key.serviceId, key.secret)).send(valid()).expect(201);
  });

  describe('schema validation (4.4)', () => {
    it('requires phone_number and template_id', () =>
      expectRefused({}, 400, [
        ['ValidationError', 'phone_number is a required property'],
        ['ValidationError', 'template_id is a required property'],
      ]));

    it('refuses a template_id that is not a UUID', () =>
      expectRefused({ ...valid(), template_id: 'abc' }, 400, [['ValidationError', 'template_id is not a valid UUID']]));

    it('refuses a null phone_number in Python’s words', () =>
      expectRefused({ ...valid(), phone_number: null }, 400, [['ValidationError', 'phone_number None is not of type string']]));

    it('refuses a phone_number that is not a string', () =>
      expectRefused({ ...valid(), phone_number: 7700900123 }, 400, [['ValidationError', 'phone_number 7700900123 is not of type string']]));

    it('refuses personalisation that is not an object', () =>
      expectRefused({ ...valid(), personalisation: 'not_a_dict' }, 400, [['ValidationError', 'personalisation not_a_dict is not of type object']]));

    it('refuses a reference over 1000 characters', () =>
      expectRefused({ ...valid(), reference: 'a'.repeat(1001) }, 400, [['ValidationError', `reference ${'a'.repeat(1001)} is too long`]]));

    it('refuses an sms_sender_id that is not a UUID', () =>
      expectRefused({ ...valid(), sms_sender_id: 'nope' }, 400, [['ValidationError', 'sms_sender_id is not a valid UUID']]));

    it('refuses a scheduled_for in the past', () =>
      expectRefused({ ...valid(), scheduled_for: '2020-01-01T10:00:00' }, 400, [['ValidationError', 'scheduled_for datetime can not be in the past']]));

    it('refuses unknown properties', () =>
      expectRefused({ ...valid(), email_address: 'x@example.com' }, 400, [
        ['ValidationError', 'Additional properties are not allowed (email_address was unexpected)'],
      ]));

    it('reports several problems in schema order', () =>
      expectRefused({ phone_number: 'abc', template_id: 'x', extra: true }, 400, [
        ['ValidationError', 'phone_number Must not contain letters or symbols'],
        ['ValidationError', 'template_id is not a valid UUID'],
        ['ValidationError', 'Additional properties are not allowed (extra was unexpected)'],
      ]));
  });

  describe('phone numbers (14.2)', () => {
    it.each([
      ['07700 9001 2a', 'phone_number Must not contain letters or symbols'],
      ['07700 900 123 !', 'phone_number Must not contain letters or symbols'],
      ['', 'phone_number Not enough digits'],
      ['0770090', 'phone_number Not enough digits'],
      ['+12345 12345 12345 6', 'phone_number Too many digits'],
      ['712345678910', 'phone_number Too many digits'],
      ['800000000000', 'phone_number Not a valid country prefix'],
      ['0900 123 4567', 'phone_number Number is not valid – double check the phone number you entered'],
      ['06123 456789', 'phone_number Number is not valid – double check the phone number you entered'],
    ])('refuses %p', (phoneNumber, message) => expectRefused({ ...valid(), phone_number: phoneNumber }, 400, [['ValidationError', message]]));

    it('refuses a UK landline without the landline permission', () =>
      expectRefused({ ...valid(), phone_number: '020 7946 0000' }, 400, [['InvalidPhoneError', 'Not a UK mobile number']]));

    it('refuses an international number without the international permission', () =>
      expectRefused({ ...valid(), phone_number: '+33 6 12 34 56 78' }, 400, [['BadRequestError', 'Cannot send to international mobile numbers']]));
  });

  describe('business rules (4.6)', () => {
    it('refuses a service without the sms permission', async () => {
      const { service, templateId: id } = await serviceWith({ permissions: ['email', 'letter'] });
      await expectRefused(
        { ...valid(), template_id: id },
        400,
        [['BadRequestError', 'Service is not allowed to send text messages']],
        await scenario.anApiKey(service.id),
      );
    });

    it('refuses an unknown template', () => expectRefused({ ...valid(), template_id: randomUUID() }, 400, [['BadRequestError', 'Template not found']]));

    it('refuses another service’s template', async () => {
      const { templateId: theirs } = await serviceWith();
      await expectRefused({ ...valid(), template_id: theirs }, 400, [['BadRequestError', 'Template not found']]);
    });

    it('refuses an email template', async () => {
      const email = await scenario.anEmailTemplate(key.serviceId);
      await expectRefused({ ...valid(), template_id: email.id }, 400, [['BadRequestError', 'email template is not suitable for sms notification']]);
    });

    it('refuses an archived template', async () => {
      const template = await scenario.anSmsTemplate(key.serviceId);
      await herald.scenario.anArchivedTemplate(key.serviceId, template.id);
      await expectRefused({ ...valid(), template_id: template.id }, 400, [['BadRequestError', 'Template has been deleted']]);
    });

    it('names missing personalisation as written in the template, in order', () =>
      expectRefused({ ...valid(), personalisation: {} }, 400, [['BadRequestError', 'Missing personalisation: name, date']]));

    it('refuses a message that is empty once filled', async () => {
      const template = await scenario.anSmsTemplate(key.serviceId, { content: '((body))' });
      await expectRefused({ ...valid(), template_id: template.id, personalisation: { body: '  \n ' } }, 400, [['BadRequestError', 'Your message is empty.']]);
    });

    it('refuses a message over 918 characters, counted without the prefix', async () => {
      const template = await scenario.anSmsTemplate(key.serviceId, { content: '((body))' });
      await expectRefused({ ...valid(), template_id: template.id, personalisation: { body: 'a'.repeat(919) } }, 400, [
        ['BadRequestError', 'Your message is too long. Text messages cannot be longer than 918 characters. Your message is 919 characters long.'],
      ]);
    });

    it('refuses a file in the personalisation', () =>
      expectRefused({ ...valid(), personalisation: { name: 'Jo', date: { file: 'aGVsbG8=' } } }, 400, [['BadRequestError', 'Can only send a file by email']]));

    it('refuses an sms_sender_id the service does not have', async () => {
      const id = randomUUID();
      await expectRefused({ ...valid(), sms_sender_id: id }, 400, [
        ['BadRequestError', `sms_sender_id ${id} does not exist in database for service id ${key.serviceId}`],
      ]);
    });

    it('refuses another service’s sms_sender_id', async () => {
      const { service } = await serviceWith();
      const theirs = await scenario.anSmsSender(service.id, 'THEIRS');
      await expectRefused({ ...valid(), sms_sender_id: theirs.id }, 400, [
        ['BadRequestError', `sms_sender_id ${theirs.id} does not exist in database for service id ${key.serviceId}`],
      ]);
    });

    it('refuses an archived sms_sender_id', async () => {
      const sender = await scenario.anSmsSender(key.serviceId, 'OLDSENDER');
      await herald.scenario.anArchivedSmsSender(key.serviceId, sender.id);
      await expectRefused({ ...valid(), sms_sender_id: sender.id }, 400, [
        ['BadRequestError', `sms_sender_id ${sender.id} does not exist in database for service id ${key.serviceId}`],
      ]);
    });
  });

  describe('daily limits (7)', () => {
    const limited = async (column: 'sms_message_limit' | 'international_sms_message_limit') => {
      const { service, templateId: id } = await serviceWith({ permissions: ['sms', 'international_sms'] });
      await herald.get(DataSource).query(`UPDATE services SET ${column} = 1 WHERE id = $1`, [service.id]);
      return { templateId: id, apiKey: await scenario.anApiKey(service.id) };
    };
    const send = (apiKey: TestApiKey, body: object) =>
      request(herald.baseUrl).post('/v2/notifications/sms').set('Authorization', bearerFor(apiKey.serviceId, apiKey.secret)).send(body);

    it('refuses a text over the daily SMS limit', async () => {
      const { templateId: id, apiKey } = await limited('sms_message_limit');
      await send(apiKey, { ...valid(), template_id: id }).expect(201);
      await expectRefused({ ...valid(), template_id: id }, 429, [['TooManyRequestsError', 'Exceeded send limits (sms: 1) for today']], apiKey);
    });

    it('counts texts abroad towards the international limit, and UK texts not', async () => {
      const { templateId: id, apiKey } = await limited('international_sms_message_limit');
      await send(apiKey, { ...valid(), template_id: id, phone_number: '+33 6 12 34 56 78' }).expect(201);
      await send(apiKey, { ...valid(), template_id: id }).expect(201);
      await expectRefused(
        { ...valid(), template_id: id, phone_number: '+33 6 12 34 56 79' },
        429,
        [['TooManyRequestsError', 'Exceeded send limits (international_sms: 1) for today']],
        apiKey,
      );
    });
  });

  describe('trial mode and team keys (6)', () => {
    const TRIAL = 'Can’t send to this recipient when service is in trial mode – see https://www.notifications.service.gov.uk/trial-mode';
    const TEAM = 'Can’t send to this recipient using a team-only API key';

    it('refuses a stranger’s number for a service in trial mode', async () => {
      const { service, templateId: id } = await serviceWith({ live: false });
      await expectRefused({ ...valid(), template_id: id }, 400, [['BadRequestError', TRIAL]], await scenario.anApiKey(service.id));
    });

    it('refuses a stranger’s number with a team key on a live service', async () => {
      await expectRefused(valid(), 400, [['BadRequestError', TEAM]], await scenario.anApiKey(key.serviceId, 'team'));
    });

    it('checks trial mode before the international permission', async () => {
      const { service, templateId: id } = await serviceWith({ live: false });
      await expectRefused(
        { ...valid(), template_id: id, phone_number: '+33 6 12 34 56 78' },
        400,
        [['BadRequestError', TRIAL]],
        await scenario.anApiKey(service.id),
      );
    });

    it('refuses a team member’s number when the international permission is missing', async () => {
      const { service, templateId: id } = await serviceWith({ live: false });
      await scenario.aTeamMemberWithMobile(service.id, '+33 6 12 34 56 78');
      await expectRefused(
        { ...valid(), template_id: id, phone_number: '0033612345678' },
        400,
        [['BadRequestError', 'Cannot send to international mobile numbers']],
        await scenario.anApiKey(service.id),
      );
    });
  });
});
