import request from 'supertest';
import { DataSource } from 'typeorm';
import { DocumentRepository, NotificationRepository } from '@herald/persistence';
import { aTestConfig, bearerFor, HeraldUnderTest, TestApiKey } from '@herald/testing';

const PDF = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n', 'latin1');
const SUPPORTED = "'.csv', '.doc', '.docx', '.jpeg', '.jpg', '.json', '.odt', '.pdf', '.png', '.rtf', '.txt', '.xlsx'";
const aFile = (overrides: Record<string, unknown> = {}) => ({
  file: PDF.toString('base64'),
  filename: null,
  confirm_email_before_download: null,
  retention_period: null,
  ...overrides,
});

/**
 * Every error of docs/api-contract.md §15.1, with status and exact message, and proof that neither the
 * notification nor any file was stored.
 */
describe('sending a file by email refuses bad uploads and stores nothing', () => {
  let herald: HeraldUnderTest;
  let key: TestApiKey;
  let templateId: string;
  const valid = (doc: unknown = aFile()) => ({ email_address: 'someone@example.com', template_id: templateId, personalisation: { name: 'Jo', doc } });

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    const service = await herald.scenario.aService({ live: true });
    await setContactLink(herald, service.id, 'https://help.example.gov.uk/contact');
    key = await herald.scenario.anApiKey(service.id);
    templateId = (await herald.scenario.anEmailTemplate(service.id, { subject: 'Your file', content: 'Dear ((name)),\n\nDownload it here: ((doc))' })).id;
  });
  afterAll(() => herald.stop());

  async function expectRefused(body: object, status: number, errors: Array<[string, string]>, apiKey = key): Promise<void> {
    const stored = async () => [await herald.get(NotificationRepository).count(apiKey.serviceId), await herald.get(DocumentRepository).count(apiKey.serviceId)];
    const before = await stored();
    const response = await request(herald.baseUrl).post('/v2/notifications/email').set('Authorization', bearerFor(apiKey.serviceId, apiKey.secret)).send(body);
    expect(response.body).toEqual({ status_code: status, errors: errors.map(([error, message]) => ({ error, message })) });
    expect(response.status).toBe(status);
    expect(await stored()).toEqual(before);
  }

  it('accepts the valid request these cases start from, and stores one file', async () => {
    const before = await herald.get(DocumentRepository).count(key.serviceId);
    await request(herald.baseUrl).post('/v2/notifications/email').set('Authorization', bearerFor(key.serviceId, key.secret)).send(valid()).expect(201);
    expect(await herald.get(DocumentRepository).count(key.serviceId)).toBe(before + 1);
  });

  describe('the file object, validated with personalisation (schema stage)', () => {
    it('needs a file extension in filename', () =>
      expectRefused(valid(aFile({ filename: 'report' })), 400, [
        ['ValidationError', 'personalisation `filename` must end with a file extension. For example, filename.csv'],
      ]));

    it('refuses a confirm_email_before_download that is not a boolean', () =>
      expectRefused(valid(aFile({ confirm_email_before_download: 'potato' })), 400, [
        ['ValidationError', 'personalisation Unsupported value for confirm_email_before_download: potato. Use a boolean true or false value.'],
      ]));

    it.each([
      ['1 month', '1 month'],
      ['9999 weeks', '9999 weeks'],
      ['0 weeks', '0 weeks'],
      [false, 'False'],
    ])('refuses the retention_period %p', (period, shown) =>
      expectRefused(valid(aFile({ retention_period: period })), 400, [
        ['ValidationError', `personalisation Unsupported value for retention_period: ${shown}. Supported periods are from 1 to 78 weeks.`],
      ]),
    );

    it('refuses an is_csv that is not a boolean', () =>
      expectRefused(valid({ file: PDF.toString('base64'), is_csv: 'bad' }), 400, [
        ['ValidationError', 'personalisation Unsupported value for is_csv: bad. Use a boolean true or false value.'],
      ]));

    it('refuses is_csv together with filename', () =>
      expectRefused(valid(aFile({ is_csv: true, filename: 'file.csv' })), 400, [
        ['ValidationError', 'personalisation Do not set a value for `is_csv` if `filename` is set.'],
      ]));

    it('refuses keys other than the five it knows', () =>
      expectRefused(valid(aFile({ other: 'attribute' })), 400, [
        ['ValidationError', 'personalisation Additional properties are not allowed (other was unexpected)'],
      ]));

    it('refuses a file that is not a string', () =>
      expectRefused(valid({ file: false }), 400, [['ValidationError', 'personalisation False is not of type string']]));

    it('comes before the template checks', () =>
      expectRefused({ ...valid(aFile({ filename: 'report' })), template_id: '7e1d4a3b-0000-4000-8000-000000000000' }, 400, [
        ['ValidationError', 'personalisation `filename` must end with a file extension. For example, filename.csv'],
      ]));
  });

  describe('files on other channels', () => {
    it('refuses a file in a text message', async () => {
      const sms = await herald.scenario.aTemplateOfType(key.serviceId, 'sms', 'Your file: ((doc))');
      await expectRefusedAt('/v2/notifications/sms', { phone_number: '07700900855', template_id: sms.id, personalisation: { doc: aFile() } });
    });

    it('refuses a file in a letter', async () => {
      const letter = await herald.scenario.aTemplateOfType(key.serviceId, 'letter', 'Your file: ((doc))');
      const address = { address_line_1: 'A. Citizen', address_line_2: '1 Example Street', postcode: 'SW1A 1AA' };
      await expectRefusedAt('/v2/notifications/letter', { template_id: letter.id, personalisation: { ...address, doc: aFile() } });
    });

    async function expectRefusedAt(path: string, body: object): Promise<void> {
      const before = await herald.get(NotificationRepository).count(key.serviceId);
      const response = await request(herald.baseUrl).post(path).set('Authorization', bearerFor(key.serviceId, key.secret)).send(body);
      expect(response.body).toEqual({ status_code: 400, errors: [{ error: 'BadRequestError', message: 'Can only send a file by email' }] });
      expect(response.status).toBe(400);
      expect(await herald.get(NotificationRepository).count(key.serviceId)).toBe(before);
    }
  });

  describe('the upload itself (after the template and recipient checks)', () => {
    it('needs the service’s contact details for the download page', async () => {
      const service = await herald.scenario.aService({ live: true });
      const other = await herald.scenario.anApiKey(service.id);
      const template = await herald.scenario.anEmailTemplate(service.id, { subject: 'A file', content: 'File: ((doc))' });
      await expectRefused(
        { email_address: 'someone@example.com', template_id: template.id, personalisation: { doc: aFile() } },
        400,
        [
          [
            'BadRequestError',
            `Send files by email has not been set up - add contact details for your service at ${herald.config.api.baseUrl}/services/${service.id}/service-settings/send-files-by-email`,
          ],
        ],
        other,
      );
    });

    it('refuses a filename over 100 characters', () =>
      expectRefused(valid(aFile({ filename: `${'a'.repeat(97)}.pdf` })), 400, [['BadRequestError', '`filename` cannot be longer than 100 characters']]));

    it('refuses a filename whose extension is not supported', () =>
      expectRefused(valid(aFile({ filename: 'setup.exe' })), 400, [['BadRequestError', `Unsupported file type '.exe'. Supported types are: ${SUPPORTED}`]]));

    it('refuses content that is not base64', () =>
      expectRefused(valid(aFile({ file: 'not base64 at all!' })), 400, [['BadRequestError', 'Document is not base64 encoded']]));

    it('refuses an empty file', () => expectRefused(valid(aFile({ file: '' })), 400, [['BadRequestError', 'Document must not be empty']]));

    it('refuses a file over 2 MiB', () =>
      expectRefused(valid(aFile({ file: Buffer.alloc(2 * 1024 * 1024 + 1025, 'a').toString('base64') })), 400, [
        ['BadRequestError', 'File is larger than 2MB'],
      ]));

    it('refuses a type it does not support, named by the type sniffed from the bytes', () =>
      expectRefused(valid(aFile({ file: Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1').toString('base64') })), 400, [
        ['BadRequestError', `Unsupported file type 'image/gif'. Supported types are: ${SUPPORTED}`],
      ]));

    it('sniffs the bytes rather than trusting the file name', () =>
      expectRefused(valid(aFile({ file: Buffer.from('PK\x03\x04', 'latin1').toString('base64'), filename: 'data.csv' })), 400, [
        ['BadRequestError', `Unsupported file type 'application/zip'. Supported types are: ${SUPPORTED}`],
      ]));

    it('reports missing personalisation before looking at the file', () =>
      expectRefused({ ...valid(aFile({ file: 'not base64!' })), personalisation: { doc: aFile({ file: 'not base64!' }) } }, 400, [
        ['BadRequestError', 'Missing personalisation: name'],
      ]));

    it('reports a recipient the key may not send to before looking at the file', async () => {
      const team = await herald.scenario.anApiKey(key.serviceId, 'team');
      await expectRefused(valid(aFile({ file: 'not base64!' })), 400, [['BadRequestError', 'Can’t send to this recipient using a team-only API key']], team);
    });

    it('checks the length of the email after the file became a link', async () => {
      // Just under the limit without the link; the link (fixed length: two ids and a 32-byte key) takes it over.
      const long = await herald.scenario.anEmailTemplate(key.serviceId, { subject: 'Long', content: `${'x'.repeat(1_999_990)}((doc))` });
      const link = `${herald.config.api.baseUrl}/d/${'s'.repeat(22)}/${'d'.repeat(22)}?key=${'k'.repeat(43)}`;
      await expectRefused({ email_address: 'someone@example.com', template_id: long.id, personalisation: { doc: aFile() } }, 400, [
        ['BadRequestError', `Your message is too long. Emails cannot be longer than 2000000 bytes. Your message is ${1_999_990 + link.length} bytes.`],
      ]);
    });
  });
});

describe('a file and its notification are stored together or not at all', () => {
  let herald: HeraldUnderTest;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
  });
  afterAll(() => herald.stop());

  it('leaves no file behind when the notification cannot be stored', async () => {
    const service = await herald.scenario.aService({ live: true });
    const template = await herald.scenario.anEmailTemplate(service.id, { content: '((doc))' });
    const notification = {
      id: '5f0c7a44-1a8e-4d6f-9b1e-2f1c3b4a5d6e',
      serviceId: service.id,
      templateId: template.id,
      templateVersion: 1,
      apiKeyId: null,
      keyType: 'normal' as const,
      type: 'email' as const,
      recipient: 'a@example.com',
      normalisedRecipient: 'a@example.com',
      personalisation: {},
      clientReference: null,
      replyTo: null,
      oneClickUnsubscribeUrl: null,
      createdById: null,
      createdAt: new Date(),
    };
    await herald.get(NotificationRepository).insert(notification);
    const document = {
      id: '0b8b7a6c-2d3e-4f5a-8b9c-0d1e2f3a4b5c',
      serviceId: service.id,
      content: PDF,
      mimeType: 'application/pdf',
      filename: null,
      confirmEmail: true,
      normalisedRecipient: 'a@example.com',
      key: 'secret',
      expiresAt: new Date(Date.now() + 60_000),
    };
    // The same notification id again: the insert fails, and so the file must go with it.
    await expect(herald.get(DocumentRepository).insertWithNotification(notification, [document])).rejects.toThrow();
    expect(await herald.get(DocumentRepository).count(service.id)).toBe(0);
  });
});

async function setContactLink(herald: HeraldUnderTest, serviceId: string, link: string): Promise<void> {
  await herald.get(DataSource).query('UPDATE services SET contact_link = $1 WHERE id = $2', [link, serviceId]);
}
