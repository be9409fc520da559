import { eventually } from '@herald/testing';
import { CONTRACT_BASE_URL as BASE, ContractHerald, KEY_KINDS, KeyKind } from './support/contract-herald';
import { LETTER_PERSONALISATION } from './support/contract-letters';
import { expectExactKeys, getTemplateRef, noEmailPhoneOrAddress, NOTIFICATION_KEYS, NOTIFY_TIMESTAMP, nullOrTimestamp } from './support/notify-fields';

/**
 * docs/api-contract.md §2.5, the reading methods of the official client: each notification checked field by field
 * against docs/api-contract.md §12, with a test key and a live key, on a service set up by the CLI.
 */
describe('notifications-node-client: reading notifications', () => {
  let contract: ContractHerald;
  const service = () => contract.service;

  beforeAll(async () => {
    contract = await ContractHerald.start();
  });
  afterAll(() => contract.stop());

  const statusOf = async (kind: KeyKind, id: string) => (await contract.client(kind).getNotificationById(id)).data;

  describe('getNotificationById', () => {
    it.each(KEY_KINDS)('returns an email with every key of docs/api-contract.md §12.5 using %s', async (_label, kind) => {
      const { templates } = service();
      const recipient = `Citizen.${kind}@Example.com`;
      const sent = await contract.client(kind).sendEmail(templates.email.id, recipient, {
        personalisation: { name: 'Robin', 'reference number': 'HX-4', file: '-' },
        reference: `get-email-${kind}`,
      });
      const expectedStatus = kind === 'test' ? 'delivered' : 'sending';
      const data = await eventually(async () => {
        const got = await statusOf(kind, sent.data.id);
        expect(got.status).toBe(expectedStatus);
        return got;
      });
      expectExactKeys(data, NOTIFICATION_KEYS);
      expect(data).toEqual({
        ...noEmailPhoneOrAddress,
        id: sent.data.id,
        reference: `get-email-${kind}`,
        email_address: recipient,
        type: 'email',
        status: expectedStatus,
        template: getTemplateRef(BASE, templates.email.id),
        body: 'Dear Robin,\n\nYour reference is HX-4.\n\nFile: -',
        subject: 'Your reference, Robin',
        created_at: NOTIFY_TIMESTAMP,
        created_by_name: null,
        sent_at: NOTIFY_TIMESTAMP,
        completed_at: kind === 'test' ? NOTIFY_TIMESTAMP : null,
        scheduled_for: null,
        postage: null,
        one_click_unsubscribe_url: null,
        is_cost_data_ready: true,
        cost_in_pounds: 0,
        cost_details: {},
      });
      // A live key's email reaches the SMTP server; a test key's never does.
      if (kind === 'live') expect((await contract.smtp.waitForMessageTo(recipient.toLowerCase())).subject).toBe('Your reference, Robin');
      else expect(contract.smtp.messages.filter((mail) => mail.to && JSON.stringify(mail.to).toLowerCase().includes(recipient.toLowerCase()))).toEqual([]);
    });

    it.each(KEY_KINDS)('returns a text message with its cost using %s', async (_label, kind) => {
      const { templates } = service();
      const number = kind === 'live' ? '07700 900856' : '07700 900857';
      const sent = await contract.client(kind).sendSms(templates.sms.id, ` ${number} `, { personalisation: { name: 'Robin', code: '1' } });
      const expectedStatus = kind === 'test' ? 'delivered' : 'sending';
      const data = await eventually(async () => {
        const got = await statusOf(kind, sent.data.id);
        expect(got.status).toBe(expectedStatus);
        return got;
      });
      expectExactKeys(data, NOTIFICATION_KEYS);
      expect(data).toEqual({
        ...noEmailPhoneOrAddress,
        id: sent.data.id,
        reference: null,
        phone_number: number,
        type: 'sms',
        status: expectedStatus,
        template: getTemplateRef(BASE, templates.sms.id),
        body: 'Hello Robin, your code is 1.',
        subject: null,
        created_at: NOTIFY_TIMESTAMP,
        created_by_name: null,
        sent_at: NOTIFY_TIMESTAMP,
        completed_at: kind === 'test' ? NOTIFY_TIMESTAMP : null,
        scheduled_for: null,
        postage: null,
        one_click_unsubscribe_url: null,
        is_cost_data_ready: true,
        cost_in_pounds: expect.any(Number),
        cost_details: { billable_sms_fragments: 1, international_rate_multiplier: 1, sms_rate: expect.any(Number) },
      });
      expect(data.cost_in_pounds).toBeCloseTo((data.cost_details as { sms_rate: number }).sms_rate, 6);
      // A live key's text reaches Twilio; a test key's never does.
      const e164 = `+44${number.replace(/\s/g, '').slice(1)}`;
      if (kind === 'live') expect((await contract.twilio.waitForMessageTo(e164)).body).toBe('Hello Robin, your code is 1.');
      else expect(contract.twilio.messages.filter((message) => message.to === e164)).toEqual([]);
    });

    it.each(KEY_KINDS)('returns a letter with its address, postage and estimated delivery using %s', async (_label, kind) => {
      const { templates } = service();
      const sent = await contract.client(kind).sendLetter(templates.letter.id, { personalisation: LETTER_PERSONALISATION, reference: `get-letter-${kind}` });
      const data = await eventually(async () => {
        const got = await statusOf(kind, sent.data.id);
        expect(got.is_cost_data_ready).toBe(true);
        return got;
      });
      expectExactKeys(data, [...NOTIFICATION_KEYS, 'estimated_delivery']);
      expect(data).toEqual({
        ...noEmailPhoneOrAddress,
        id: sent.data.id,
        reference: `get-letter-${kind}`,
        line_1: 'A. Citizen',
        line_2: '1 Example Street',
        line_3: 'London',
        postcode: 'SW1A 1AA',
        type: 'letter',
        status: expect.stringMatching(/^(accepted|received)$/),
        template: getTemplateRef(BASE, templates.letter.id),
        body: 'Dear Ash,\n\nYour appointment is on 1 May.',
        subject: 'Your appointment, Ash',
        created_at: NOTIFY_TIMESTAMP,
        created_by_name: null,
        sent_at: nullOrTimestamp(data.sent_at),
        completed_at: nullOrTimestamp(data.completed_at),
        scheduled_for: null,
        postage: 'second',
        one_click_unsubscribe_url: null,
        is_cost_data_ready: true,
        cost_in_pounds: expect.any(Number),
        cost_details: { billable_sheets_of_paper: 1, postage: 'second' },
        estimated_delivery: NOTIFY_TIMESTAMP,
      });
    });

    it.each(KEY_KINDS)('answers 404 NoResultFound for an unknown id using %s', async (_label, kind) => {
      await expect(contract.client(kind).getNotificationById('8f5a4a53-4b8d-4b1f-9e4a-0d2b1f1c2a3b')).rejects.toMatchObject({
        response: { status: 404, data: { status_code: 404, errors: [{ error: 'NoResultFound', message: 'No result found' }] } },
      });
    });
  });

  describe('getNotifications', () => {
    it.each(KEY_KINDS)('lists only notifications sent with the same key type, newest first, with links, using %s', async (_label, kind) => {
      const { templates } = service();
      const reference = `list-${kind}-${Date.now()}`;
      const first = await contract.client(kind).sendSms(templates.sms.id, '07700900855', { personalisation: { name: 'A', code: '1' }, reference });
      const second = await contract.client(kind).sendSms(templates.sms.id, '07700900855', { personalisation: { name: 'B', code: '2' }, reference });
      const other: KeyKind = kind === 'test' ? 'live' : 'test';
      await contract.client(other).sendSms(templates.sms.id, '07700900855', { personalisation: { name: 'C', code: '3' }, reference });

      const list = await contract.client(kind).getNotifications('sms', undefined, reference);
      expect(Object.keys(list.data).sort()).toEqual(['links', 'notifications']);
      expect(list.data.notifications.map((n: { id: string }) => n.id)).toEqual([second.data.id, first.data.id]);
      for (const notification of list.data.notifications) expectExactKeys(notification, NOTIFICATION_KEYS);
      expect(list.data.links).toEqual({
        current: `${BASE}/v2/notifications?template_type=sms&reference=${reference}`,
        next: `${BASE}/v2/notifications?template_type=sms&reference=${reference}&older_than=${first.data.id}`,
      });

      const older = await contract.client(kind).getNotifications('sms', undefined, reference, second.data.id);
      expect(older.data.notifications.map((n: { id: string }) => n.id)).toEqual([first.data.id]);
      const none = await contract.client(kind).getNotifications('sms', undefined, reference, first.data.id);
      expect(none.data).toEqual({
        notifications: [],
        links: { current: `${BASE}/v2/notifications?template_type=sms&reference=${reference}&older_than=${first.data.id}` },
      });
    });

    it.each(KEY_KINDS)('refuses an unknown status with the schema message using %s', async (_label, kind) => {
      await expect(contract.client(kind).getNotifications(undefined, 'elephant')).rejects.toMatchObject({
        response: {
          status: 400,
          data: {
            status_code: 400,
            errors: [{ error: 'ValidationError', message: expect.stringMatching(/^status elephant is not one of \[cancelled, created, sending/) }],
          },
        },
      });
    });
  });
});
