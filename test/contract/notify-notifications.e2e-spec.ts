import { PDFDocument } from 'pdf-lib';
import { eventually } from '@herald/testing';
import { CONTRACT_BASE_URL as BASE, ContractHerald, KEY_KINDS } from './support/contract-herald';
import { LETTER_PERSONALISATION } from './support/contract-letters';
import { A_UUID, postTemplateRef } from './support/notify-fields';

/**
 * docs/api-contract.md §2.5, the sending methods of the official client: each response checked field by field
 * against docs/api-contract.md §12, with a test key and a live key, on a service set up by the CLI. Reading
 * notifications back is in notify-notifications-reading.e2e-spec.ts.
 */
describe('notifications-node-client: sending notifications', () => {
  let contract: ContractHerald;
  const service = () => contract.service;

  beforeAll(async () => {
    contract = await ContractHerald.start();
  });
  afterAll(() => contract.stop());

  describe('sendEmail', () => {
    it.each(KEY_KINDS)('answers 201 with every field of docs/api-contract.md §12.1 using %s', async (_label, kind) => {
      const { serviceId, serviceName, templates } = service();
      const response = await contract.client(kind).sendEmail(templates.email.id, 'citizen@example.com', {
        personalisation: { name: 'Robin', 'reference number': 'HX-1', file: 'no file' },
        reference: `email-${kind}`,
      });
      expect(response.status).toBe(201);
      expect(response.data).toEqual({
        id: A_UUID,
        reference: `email-${kind}`,
        uri: `${BASE}/v2/notifications/${response.data.id}`,
        template: postTemplateRef(BASE, serviceId, templates.email.id),
        scheduled_for: null,
        content: {
          from_email: `${serviceName.toLowerCase().replace(/ /g, '.')}@notifications.herald.localhost`,
          body: 'Dear Robin,\n\nYour reference is HX-1.\n\nFile: no file',
          subject: 'Your reference, Robin',
          one_click_unsubscribe_url: null,
        },
        sanitised_content: {},
      });
    });

    it.each(KEY_KINDS)('sends a file prepared by prepareUpload as a download link using %s', async (_label, kind) => {
      const client = contract.client(kind);
      const file = client.prepareUpload(Buffer.from('name,amount\nJo,1\n'), {
        filename: 'report.csv',
        confirmEmailBeforeDownload: false,
        retentionPeriod: '4 weeks',
      });
      expect(file).toEqual({ file: expect.any(String), filename: 'report.csv', confirm_email_before_download: false, retention_period: '4 weeks' });
      const response = await client.sendEmail(service().templates.email.id, 'citizen@example.com', {
        personalisation: { name: 'Robin', 'reference number': 'HX-2', file },
      });
      expect(response.data.content.body).toMatch(
        /^Dear Robin,\n\nYour reference is HX-2\.\n\nFile: https:\/\/api\.herald\.example\/d\/[\w-]{22}\/[\w-]{22}\?key=[\w-]{43}$/,
      );
    });

    it.each(KEY_KINDS)('passes one_click_unsubscribe_url through using %s', async (_label, kind) => {
      const response = await contract.client(kind).sendEmail(service().templates.email.id, 'citizen@example.com', {
        personalisation: { name: 'Robin', 'reference number': 'HX-3', file: '-' },
        oneClickUnsubscribeURL: 'https://dept.example.gov.uk/unsubscribe',
      });
      expect(response.data.content.one_click_unsubscribe_url).toBe('https://dept.example.gov.uk/unsubscribe');
    });
  });

  describe('sendSms', () => {
    it.each(KEY_KINDS)('answers 201 with every field of docs/api-contract.md §12.2 using %s', async (_label, kind) => {
      const { serviceId, templates, smsSender } = service();
      const response = await contract
        .client(kind)
        .sendSms(templates.sms.id, '07700 900855', { personalisation: { name: 'Robin', code: '1234' }, reference: `sms-${kind}` });
      expect(response.status).toBe(201);
      expect(response.data).toEqual({
        id: A_UUID,
        reference: `sms-${kind}`,
        uri: `${BASE}/v2/notifications/${response.data.id}`,
        template: postTemplateRef(BASE, serviceId, templates.sms.id),
        scheduled_for: null,
        content: { body: 'Hello Robin, your code is 1234.', from_number: smsSender },
      });
    });
  });

  describe('sendLetter', () => {
    it.each(KEY_KINDS)('answers 201 with every field of docs/api-contract.md §12.3 using %s', async (_label, kind) => {
      const { serviceId, templates } = service();
      const response = await contract.client(kind).sendLetter(templates.letter.id, { personalisation: LETTER_PERSONALISATION, reference: `letter-${kind}` });
      expect(response.status).toBe(201);
      expect(response.data).toEqual({
        id: A_UUID,
        reference: `letter-${kind}`,
        uri: `${BASE}/v2/notifications/${response.data.id}`,
        template: postTemplateRef(BASE, serviceId, templates.letter.id),
        scheduled_for: null,
        content: { body: 'Dear Ash,\n\nYour appointment is on 1 May.', subject: 'Your appointment, Ash' },
      });
    });
  });

  describe('sendPrecompiledLetter and getPdfForLetterNotification', () => {
    it.each(KEY_KINDS)('answers 201 with id, reference and postage, then gives the same PDF back, using %s', async (_label, kind) => {
      const pdf = await anA4Pdf();
      const response = await contract.client(kind).sendPrecompiledLetter(`precompiled-${kind}`, pdf, 'first');
      expect(response.status).toBe(201);
      expect(response.data).toEqual({ id: A_UUID, reference: `precompiled-${kind}`, postage: 'first' });
      const returned = await eventually(() => contract.client(kind).getPdfForLetterNotification(response.data.id));
      expect(Buffer.compare(Buffer.from(returned), pdf)).toBe(0);
    });

    it.each(KEY_KINDS)('gives the rendered PDF of a templated letter using %s', async (_label, kind) => {
      const sent = await contract.client(kind).sendLetter(service().templates.letter.id, { personalisation: LETTER_PERSONALISATION });
      const returned = await eventually(() => contract.client(kind).getPdfForLetterNotification(sent.data.id));
      expect(Buffer.from(returned).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });

    it.each(KEY_KINDS)('refuses the PDF of an email with Notify’s JSON error using %s', async (_label, kind) => {
      const { id } = (
        await contract
          .client(kind)
          .sendEmail(service().templates.email.id, 'citizen@example.com', { personalisation: { name: 'R', 'reference number': '1', file: '-' } })
      ).data;
      // The client asks for bytes and decodes an error body as JSON itself: errors must be JSON.
      await expect(contract.client(kind).getPdfForLetterNotification(id)).rejects.toMatchObject({
        response: { status: 400, data: { status_code: 400, errors: [{ error: 'BadRequestError', message: 'Notification is not a letter' }] } },
      });
    });
  });
});

/** A one-page A4 PDF, as a department's own system would make it. */
async function anA4Pdf(): Promise<Buffer> {
  const document = await PDFDocument.create();
  const page = document.addPage([595.28, 841.89]);
  page.drawText('Contract test letter', { x: 72, y: 600, size: 12 });
  return Buffer.from(await document.save());
}
