import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { aTestConfig, bearerFor, HeraldUnderTest, TestApiKey } from '@herald/testing';

const ADDRESS = { address_line_1: 'Jo Bloggs', address_line_2: '1 High Street', address_line_3: 'Leeds', postcode: 'LS1 1AA' };
const PDF_BASE64 = Buffer.from('%PDF-1.4 not checked here').toString('base64');

/**
 * Every error of docs/api-contract.md §4.4, §4.6, §6 and §14.3 that applies to letters, with status and
 * message, and proof that nothing was stored.
 */
describe('POST /v2/notifications/letter refuses bad input and stores nothing', () => {
  let herald: HeraldUnderTest;
  let serviceId: string;
  let key: TestApiKey;
  let templateId: string;
  const valid = () => ({ template_id: templateId, personalisation: { ...ADDRESS, name: 'Jo' } });

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    serviceId = (await herald.scenario.aService({ live: true })).id;
    key = await herald.scenario.anApiKey(serviceId);
    templateId = (
      await herald.scenario.aLetterTemplate(serviceId, {
        name: 'Claim letter',
        subject: 'Your claim, ((name))',
        content: 'Dear ((name))',
        letterContactBlock: 'Claims Office\n((office))',
        postage: 'first',
      })
    ).id;
  });
  afterAll(() => herald.stop());

  async function expectRefused(body: unknown, status: number, errors: Array<[string, string]>, apiKey = key): Promise<request.Response> {
    const before = await herald.listedNotifications(apiKey);
    const response = await request(herald.baseUrl)
      .post('/v2/notifications/letter')
      .set('Authorization', bearerFor(apiKey.serviceId, apiKey.secret))
      .send(body as object);
    expect(response.body).toMatchObject({ status_code: status, errors: errors.map(([error, message]) => ({ error, message })) });
    expect(response.body.errors).toHaveLength(errors.length);
    expect(response.status).toBe(status);
    expect(await herald.listedNotifications(apiKey)).toBe(before);
    return response;
  }

  const withAddress = (address: Record<string, string>) => ({ template_id: templateId, personalisation: { name: 'Jo', office: 'Leeds', ...address } });

  it('accepts the valid request these cases start from', async () => {
    await request(herald.baseUrl)
      .post('/v2/notifications/letter')
      .set('Authorization', bearerFor(key.serviceId, key.secret))
      .send({ ...valid(), personalisation: { ...valid().personalisation, office: 'Leeds' } })
      .expect(201);
  });

  describe('schema validation (4.4)', () => {
    it('requires template_id and personalisation', () =>
      expectRefused({}, 400, [
        ['ValidationError', 'template_id is a required property'],
        ['ValidationError', 'personalisation is a required property'],
      ]));

    it('refuses a template_id that is not a UUID', () =>
      expectRefused({ ...valid(), template_id: 'abc' }, 400, [['ValidationError', 'template_id is not a valid UUID']]));

    it('refuses personalisation that is not an object', () =>
      expectRefused({ ...valid(), personalisation: 'not_a_dict' }, 400, [['ValidationError', 'personalisation not_a_dict is not of type object']]));

    it('refuses a reference over 1000 characters', () =>
      expectRefused({ ...valid(), reference: 'a'.repeat(1001) }, 400, [['ValidationError', `reference ${'a'.repeat(1001)} is too long`]]));

    it('does not allow postage on a templated letter', () =>
      expectRefused({ ...valid(), postage: 'first' }, 400, [['ValidationError', 'Additional properties are not allowed (postage was unexpected)']]));

    it('refuses invalid JSON', async () => {
      const response = await request(herald.baseUrl)
        .post('/v2/notifications/letter')
        .set('Authorization', bearerFor(key.serviceId, key.secret))
        .set('Content-Type', 'application/json')
        .send('{not json');
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ status_code: 400, errors: [{ error: 'BadRequestError', message: 'Invalid JSON supplied in POST data' }] });
    });
  });

  describe('service and template checks (4.6)', () => {
    it('refuses a service without the letter permission', async () => {
      const other = await herald.scenario.aService({ live: true, permissions: ['email', 'sms'] });
      const otherKey = await herald.scenario.anApiKey(other.id);
      const template = await herald.scenario.aTemplateOfType(other.id, 'letter');
      await expectRefused(
        { template_id: template.id, personalisation: ADDRESS },
        400,
        [['BadRequestError', 'Service is not allowed to send letters']],
        otherKey,
      );
    });

    it('refuses an unknown template', () => expectRefused({ ...valid(), template_id: randomUUID() }, 400, [['BadRequestError', 'Template not found']]));

    it('refuses an email template', async () => {
      const email = await herald.scenario.anEmailTemplate(serviceId);
      await expectRefused({ ...valid(), template_id: email.id }, 400, [['BadRequestError', 'email template is not suitable for letter notification']]);
    });

    it('refuses an archived template', async () => {
      const archived = await herald.scenario.aTemplateOfType(serviceId, 'letter');
      await herald.scenario.anArchivedTemplate(serviceId, archived.id);
      await expectRefused({ ...valid(), template_id: archived.id, personalisation: { ...ADDRESS, name: 'Jo' } }, 400, [
        ['BadRequestError', 'Template has been deleted'],
      ]);
    });

    it('names missing personalisation, including the contact block', () =>
      expectRefused({ ...valid(), personalisation: ADDRESS }, 400, [['BadRequestError', 'Missing personalisation: name, office']]));
  });

  describe('key types and trial mode (6)', () => {
    it('refuses a team key with 403', async () => {
      const team = await herald.scenario.anApiKey(serviceId, 'team');
      await expectRefused(withAddress(ADDRESS), 403, [['BadRequestError', 'Cannot send letters with a team api key']], team);
    });

    it('refuses a live key of a trial service with 403', async () => {
      const trial = await herald.scenario.aService({ live: false });
      const trialKey = await herald.scenario.anApiKey(trial.id);
      const template = await herald.scenario.aTemplateOfType(trial.id, 'letter');
      await expectRefused(
        { template_id: template.id, personalisation: { ...ADDRESS, name: 'Jo' } },
        403,
        [['BadRequestError', 'Cannot send letters when service is in trial mode']],
        trialKey,
      );
    });

    it('lets a test key of a trial service send', async () => {
      const trial = await herald.scenario.aService({ live: false });
      const testKey = await herald.scenario.anApiKey(trial.id, 'test');
      const template = await herald.scenario.aTemplateOfType(trial.id, 'letter');
      await request(herald.baseUrl)
        .post('/v2/notifications/letter')
        .set('Authorization', bearerFor(testKey.serviceId, testKey.secret))
        .send({ template_id: template.id, personalisation: { ...ADDRESS, name: 'Jo' } })
        .expect(201);
    });
  });

  describe('the address (14.3)', () => {
    it.each([
      ['too few lines', { address_line_1: 'Jo', postcode: 'LS1 1AA' }, 'Address must be at least 3 lines'],
      [
        'too many lines',
        {
          address_line_1: 'a',
          address_line_2: 'b',
          address_line_3: 'c',
          address_line_4: 'd',
          address_line_5: 'e',
          address_line_6: 'f',
          address_line_7: 'g\nh',
        },
        'Address must be no more than 7 lines',
      ],
      [
        'first lines without letters',
        { address_line_1: '...', address_line_2: '1 High St', postcode: 'LS1 1AA' },
        'The first 2 lines of the address must both include at least one alphanumeric character',
      ],
      [
        'a BFPO address with a country',
        { address_line_1: 'Jo', address_line_2: 'BFPO 123', address_line_3: 'France' },
        'The last line of a BFPO address must not be a country.',
      ],
      ['no real postcode', { address_line_1: 'Jo', address_line_2: '1 High St', address_line_3: 'Leeds' }, 'Must be a real UK postcode'],
      [
        'a country without the international permission',
        { address_line_1: 'Jo', address_line_2: '1 Rue de Rivoli', address_line_3: 'France' },
        'Must be a real UK postcode',
      ],
      [
        'a line starting with a bracket',
        { address_line_1: 'Jo', address_line_2: '(1 High St)', postcode: 'LS1 1AA' },
        'Address lines must not start with any of the following characters: @ ( ) = [ ] ” \\ / , < >',
      ],
      ['no fixed abode', { address_line_1: 'Jo', address_line_2: 'No fixed abode', postcode: 'LS1 1AA' }, 'Must be a real address'],
    ])('refuses %s', (_case, address, message) => expectRefused(withAddress(address), 400, [['ValidationError', message]]));

    it('asks for a postcode or a country when the service may send abroad', async () => {
      const abroad = await herald.scenario.aService({ live: true, permissions: ['letter', 'international_letters'] });
      const abroadKey = await herald.scenario.anApiKey(abroad.id);
      const template = await herald.scenario.aTemplateOfType(abroad.id, 'letter', 'Hello');
      await expectRefused(
        { template_id: template.id, personalisation: { address_line_1: 'Jo', address_line_2: '1 High St', address_line_3: 'Nowhere' } },
        400,
        [['ValidationError', 'Last line of address must be a real UK postcode or another country']],
        abroadKey,
      );
    });
  });

  it('refuses a QR code whose link is too long, saying how long', async () => {
    const qr = await herald.scenario.aLetterTemplate(serviceId, { name: 'QR', subject: 'QR', content: 'qr: ((link))' });
    const link = `https://www.gov.uk/${'a'.repeat(500)}`;
    const response = await expectRefused({ template_id: qr.id, personalisation: { ...ADDRESS, link } }, 400, [
      ['ValidationError', 'Cannot create a usable QR code - the link is too long'],
    ]);
    expect(response.body.errors[0]).toEqual({
      error: 'ValidationError',
      message: 'Cannot create a usable QR code - the link is too long',
      data: link,
      num_bytes: 519,
      max_bytes: 504,
    });
  });

  describe('precompiled letters (12.4)', () => {
    it('requires a reference', () => expectRefused({ content: PDF_BASE64 }, 400, [['ValidationError', 'reference is a required property']]));

    it('allows only first, second or economy postage', () =>
      expectRefused({ reference: 'ref', content: PDF_BASE64, postage: 'europe' }, 400, [
        ['ValidationError', 'postage invalid. It must be either first, second or economy.'],
      ]));

    it('refuses content that is not base64', () =>
      expectRefused({ reference: 'ref', content: 'abc' }, 400, [['BadRequestError', 'Cannot decode letter content (invalid base64 encoding)']]));

    it('refuses other properties', () =>
      expectRefused({ reference: 'ref', content: PDF_BASE64, template_id: templateId }, 400, [
        ['ValidationError', 'Additional properties are not allowed (template_id was unexpected)'],
      ]));

    it('refuses a team key with 403', async () => {
      const team = await herald.scenario.anApiKey(serviceId, 'team');
      await expectRefused({ reference: 'ref', content: PDF_BASE64 }, 403, [['BadRequestError', 'Cannot send letters with a team api key']], team);
    });

    it('refuses a live key of a trial service with 403', async () => {
      const trial = await herald.scenario.aService({ live: false });
      await expectRefused(
        { reference: 'ref', content: PDF_BASE64 },
        403,
        [['BadRequestError', 'Cannot send letters when service is in trial mode']],
        await herald.scenario.anApiKey(trial.id),
      );
    });
  });

  describe('GET /v2/notifications/{id}/pdf (12.7)', () => {
    const getPdf = (id: string) => request(herald.baseUrl).get(`/v2/notifications/${id}/pdf`).set('Authorization', bearerFor(key.serviceId, key.secret));

    it('refuses an id that is not a UUID', async () => {
      const response = await getPdf('not-a-uuid').expect(400);
      expect(response.body).toEqual({ status_code: 400, errors: [{ error: 'ValidationError', message: 'notification_id is not a valid UUID' }] });
    });

    it('says No result found for an unknown id', async () => {
      const response = await getPdf(randomUUID()).expect(404);
      expect(response.body).toEqual({ status_code: 404, errors: [{ error: 'NoResultFound', message: 'No result found' }] });
    });

    it('refuses a notification that is not a letter', async () => {
      const email = await herald.scenario.anEmailTemplate(serviceId);
      const sent = await request(herald.baseUrl)
        .post('/v2/notifications/email')
        .set('Authorization', bearerFor(key.serviceId, key.secret))
        .send({ email_address: 'jo@example.com', template_id: email.id, personalisation: { name: 'Jo', date: 'Monday' } })
        .expect(201);
      const response = await getPdf(sent.body.id).expect(400);
      expect(response.body).toEqual({ status_code: 400, errors: [{ error: 'BadRequestError', message: 'Notification is not a letter' }] });
    });

    it('says the PDF is not ready while no worker has rendered it', async () => {
      const sent = await request(herald.baseUrl)
        .post('/v2/notifications/letter')
        .set('Authorization', bearerFor(key.serviceId, key.secret))
        .send(withAddress(ADDRESS))
        .expect(201);
      const response = await getPdf(sent.body.id).expect(400);
      expect(response.body).toEqual({ status_code: 400, errors: [{ error: 'PDFNotReadyError', message: 'PDF not available yet, try again later' }] });
    });

    it('says the PDF is not ready while a precompiled letter waits for its check', async () => {
      const sent = await request(herald.baseUrl)
        .post('/v2/notifications/letter')
        .set('Authorization', bearerFor(key.serviceId, key.secret))
        .send({ reference: 'upload-1', content: PDF_BASE64 })
        .expect(201);
      const response = await getPdf(sent.body.id).expect(400);
      expect(response.body).toEqual({ status_code: 400, errors: [{ error: 'PDFNotReadyError', message: 'PDF not available yet, try again later' }] });
    });
  });
});
