import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import { CONTRACT_BASE_URL as BASE, ContractHerald, KEY_KINDS } from './support/contract-herald';
import { EMAIL_TEMPLATE, LETTER_TEMPLATE, SMS_TEMPLATE } from './support/contract-service';
import { A_UUID, NOTIFY_TIMESTAMP } from './support/notify-fields';

/**
 * docs/api-contract.md §2.5, the template and received-text methods of the official client: each response
 * checked field by field against docs/api-contract.md §12.8–§12.11, with a test key and a live key.
 */
describe('notifications-node-client: templates and received text messages', () => {
  let contract: ContractHerald;
  const service = () => contract.service;

  beforeAll(async () => {
    contract = await ContractHerald.start();
  });
  afterAll(() => contract.stop());

  const expectedTemplate = (type: 'email' | 'sms' | 'letter') => {
    const { templates, authorEmail } = service();
    const spec = { email: EMAIL_TEMPLATE, sms: SMS_TEMPLATE, letter: LETTER_TEMPLATE }[type];
    const personalisation = {
      email: { name: { required: true }, 'reference number': { required: true }, file: { required: true } },
      sms: { name: { required: true }, code: { required: true } },
      letter: { name: { required: true }, date: { required: true }, 'office phone': { required: true } },
    }[type];
    return {
      id: templates[type].id,
      type,
      created_at: NOTIFY_TIMESTAMP,
      updated_at: null,
      created_by: authorEmail,
      version: 1,
      body: spec.content,
      subject: spec.subject,
      name: spec.name,
      personalisation,
      postage: type === 'letter' ? 'second' : null,
      letter_contact_block: type === 'letter' ? LETTER_TEMPLATE.letterContactBlock : null,
    };
  };

  describe('getTemplateById', () => {
    it.each(KEY_KINDS)('returns each template with every field of docs/api-contract.md §12.8 using %s', async (_label, kind) => {
      for (const type of ['email', 'sms', 'letter'] as const) {
        const response = await contract.client(kind).getTemplateById(service().templates[type].id);
        expect(response.status).toBe(200);
        expect(response.data).toEqual(expectedTemplate(type));
      }
    });

    it.each(KEY_KINDS)('answers 404 NoResultFound for an unknown template using %s', async (_label, kind) => {
      await expect(contract.client(kind).getTemplateById(randomUUID())).rejects.toMatchObject({
        response: { status: 404, data: { status_code: 404, errors: [{ error: 'NoResultFound', message: 'No result found' }] } },
      });
    });
  });

  describe('getTemplateByIdAndVersion', () => {
    it.each(KEY_KINDS)('returns version 1 with every field using %s', async (_label, kind) => {
      const response = await contract.client(kind).getTemplateByIdAndVersion(service().templates.sms.id, 1);
      expect(response.status).toBe(200);
      expect(response.data).toEqual(expectedTemplate('sms'));
    });

    it.each(KEY_KINDS)('answers 404 for a version that does not exist using %s', async (_label, kind) => {
      await expect(contract.client(kind).getTemplateByIdAndVersion(service().templates.sms.id, 99)).rejects.toMatchObject({
        response: { status: 404, data: { status_code: 404, errors: [{ error: 'NoResultFound', message: 'No result found' }] } },
      });
    });
  });

  describe('getAllTemplates', () => {
    it.each(KEY_KINDS)('lists every template sorted by name using %s', async (_label, kind) => {
      const response = await contract.client(kind).getAllTemplates();
      expect(response.status).toBe(200);
      expect(response.data).toEqual({ templates: [expectedTemplate('email'), expectedTemplate('letter'), expectedTemplate('sms')] });
    });

    it.each(KEY_KINDS)('filters by type using %s', async (_label, kind) => {
      const response = await contract.client(kind).getAllTemplates('letter');
      expect(response.data).toEqual({ templates: [expectedTemplate('letter')] });
    });
  });

  describe('previewTemplateById', () => {
    it.each(KEY_KINDS)('previews an email with its HTML, answering 200, using %s', async (_label, kind) => {
      const response = await contract
        .client(kind)
        .previewTemplateById(service().templates.email.id, { name: 'Robin', 'reference number': 'HX-9', file: 'a file' });
      expect(response.status).toBe(200);
      expect(response.data).toEqual({
        id: service().templates.email.id,
        type: 'email',
        version: 1,
        body: 'Dear Robin,\n\nYour reference is HX-9.\n\nFile: a file',
        subject: 'Your reference, Robin',
        html: expect.stringContaining('Your reference is HX-9.'),
        postage: null,
      });
    });

    it.each(KEY_KINDS)('previews a text message and a letter using %s', async (_label, kind) => {
      const sms = await contract.client(kind).previewTemplateById(service().templates.sms.id, { name: 'Robin', code: '42' });
      expect(sms.data).toEqual({
        id: service().templates.sms.id,
        type: 'sms',
        version: 1,
        body: 'Hello Robin, your code is 42.',
        subject: null,
        html: null,
        postage: null,
      });
      const letter = await contract.client(kind).previewTemplateById(service().templates.letter.id, { name: 'Ash', date: '1 May', 'office phone': '020' });
      expect(letter.data).toEqual({
        id: service().templates.letter.id,
        type: 'letter',
        version: 1,
        body: 'Dear Ash,\n\nYour appointment is on 1 May.',
        subject: 'Your appointment, Ash',
        html: null,
        postage: 'second',
      });
    });

    it.each(KEY_KINDS)('names the missing personalisation using %s', async (_label, kind) => {
      await expect(contract.client(kind).previewTemplateById(service().templates.sms.id)).rejects.toMatchObject({
        response: { status: 400, data: { status_code: 400, errors: [{ error: 'BadRequestError', message: 'Missing personalisation: name, code' }] } },
      });
    });
  });

  describe('getReceivedTexts', () => {
    let received: Array<{ id: string }> = [];

    beforeAll(async () => {
      // Two texts to the service's inbound number, posted as Twilio posts them, with its signature.
      for (const body of ['First reply', 'Second reply']) await aTextFromTwilio(contract, body);
      received = (await contract.client('live').getReceivedTexts()).data.received_text_messages;
    });

    it.each(KEY_KINDS)('lists every received text, newest first, with every field of docs/api-contract.md §12.11 using %s', async (_label, kind) => {
      const { serviceId, inboundNumber } = service();
      const response = await contract.client(kind).getReceivedTexts();
      expect(response.status).toBe(200);
      expect(response.data).toEqual({
        received_text_messages: [
          {
            id: A_UUID,
            created_at: NOTIFY_TIMESTAMP,
            service_id: serviceId,
            notify_number: inboundNumber,
            user_number: '447700900111',
            content: 'Second reply',
          },
          {
            id: A_UUID,
            created_at: NOTIFY_TIMESTAMP,
            service_id: serviceId,
            notify_number: inboundNumber,
            user_number: '447700900111',
            content: 'First reply',
          },
        ],
        links: { current: `${BASE}/v2/received-text-messages`, next: `${BASE}/v2/received-text-messages?older_than=${received[1].id}` },
      });
    });

    it.each(KEY_KINDS)('pages with older_than, and current drops it, using %s', async (_label, kind) => {
      const older = await contract.client(kind).getReceivedTexts(received[0].id);
      expect(older.data.received_text_messages.map((text: { content: string }) => text.content)).toEqual(['First reply']);
      expect(older.data.links).toEqual({
        current: `${BASE}/v2/received-text-messages`,
        next: `${BASE}/v2/received-text-messages?older_than=${received[1].id}`,
      });
      const none = await contract.client(kind).getReceivedTexts(received[1].id);
      expect(none.data).toEqual({ received_text_messages: [], links: { current: `${BASE}/v2/received-text-messages` } });
    });
  });
});

async function aTextFromTwilio(contract: ContractHerald, body: string): Promise<void> {
  const params = {
    ToCountry: 'GB',
    NumMedia: '0',
    From: '+447700900111',
    To: contract.service.inboundNumber,
    Body: body,
    MessageSid: `SM${randomUUID().replace(/-/g, '')}`,
    AccountSid: contract.twilio.accountSid,
    NumSegments: '1',
    ApiVersion: '2010-04-01',
  };
  const signature = getExpectedTwilioSignature(contract.twilio.authToken, `${BASE}/webhooks/twilio/inbound`, params);
  await request(contract.herald.baseUrl).post('/webhooks/twilio/inbound').type('form').set('X-Twilio-Signature', signature).send(params).expect(200);
}
