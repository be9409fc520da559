import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Service, TeamPermission, TemplateVersion } from '@herald/domain';
import {
  JobRepository,
  LetterRepository,
  NotificationRepository,
  SessionRepository,
  TeamMemberRepository,
  UploadRepository,
  UserRepository,
} from '@herald/persistence';
import { aTestConfig, bearerFor, HeraldUnderTest, TestApiKey } from '@herald/testing';
import { ukDay } from '../dashboard/uk-days';

/** The internal endpoints behind the admin's dashboard, activity and notification pages. */
describe('activity and dashboard (internal API)', () => {
  let herald: HeraldUnderTest;
  let service: Service;
  let key: TestApiKey;
  let testKey: TestApiKey;
  let template: TemplateVersion;
  let textTemplate: TemplateVersion;
  let viewer: string;
  let outsider: string;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    service = await herald.scenario.aService();
    key = await herald.scenario.anApiKey(service.id, 'normal', 'Case system');
    testKey = await herald.scenario.anApiKey(service.id, 'test', 'Test system');
    template = await herald.scenario.anEmailTemplate(service.id, { name: 'Reminder' });
    textTemplate = await herald.scenario.anSmsTemplate(service.id, { name: 'Text reminder' });
    viewer = await sessionOf(service.id, ['view_dashboard']);
    outsider = await sessionOf((await herald.scenario.aService()).id, ['view_dashboard', 'send_messages']);
  });
  afterAll(() => herald.stop());

  async function sessionOf(serviceId: string, permissions: TeamPermission[]): Promise<string> {
    const user = await herald
      .get(UserRepository)
      .create({ emailAddress: `user-${randomUUID().slice(0, 8)}@example.gov.uk`, name: 'Sam Viewer', platformAdmin: false });
    await herald.get(TeamMemberRepository).add(serviceId, user.id, permissions);
    return `Bearer ${(await herald.get(SessionRepository).open(user.id)).token}`;
  }

  const internal = (session: string, path: string) => request(herald.baseUrl).get(`/internal/services/${service.id}${path}`).set('Authorization', session);

  const anEmail = async (emailAddress: string, reference?: string, apiKey = key): Promise<string> => {
    const response = await request(herald.baseUrl)
      .post('/v2/notifications/email')
      .set('Authorization', bearerFor(service.id, apiKey.secret))
      .send({ template_id: template.id, email_address: emailAddress, personalisation: { name: 'Jo', date: '1 May' }, ...(reference ? { reference } : {}) })
      .expect(201);
    return response.body.id as string;
  };
  const aText = async (phoneNumber: string): Promise<string> => {
    const response = await request(herald.baseUrl)
      .post('/v2/notifications/sms')
      .set('Authorization', bearerFor(service.id, key.secret))
      .send({ template_id: textTemplate.id, phone_number: phoneNumber, personalisation: { name: 'Jo', date: '1 May' } })
      .expect(201);
    return response.body.id as string;
  };

  describe('activity', () => {
    it('finds notifications by recipient however it is typed, and by reference', async () => {
      const email = await anEmail('Jo.Bloggs@Example.com', 'case-77');
      const text = await aText('07700 900456');
      const byEmail = await internal(viewer, '/notifications').query({ search: 'jo.bloggs@example.COM' }).expect(200);
      expect(byEmail.body.notifications.map((n: { id: string }) => n.id)).toEqual([email]);
      expect(byEmail.body.notifications[0]).toMatchObject({
        channel: 'email',
        status: 'created',
        recipient: 'Jo.Bloggs@Example.com',
        reference: 'case-77',
        templateName: 'Reminder',
        fromTestKey: false,
      });
      const byPhone = await internal(viewer, '/notifications').query({ search: '+44 7700 900456' }).expect(200);
      expect(byPhone.body.notifications.map((n: { id: string }) => n.id)).toEqual([text]);
      const byReference = await internal(viewer, '/notifications').query({ search: 'case-77' }).expect(200);
      expect(byReference.body.notifications.map((n: { id: string }) => n.id)).toEqual([email]);
    });

    it('filters by channel and status group, and pages 50 at a time', async () => {
      const recipient = `many-${randomUUID().slice(0, 6)}@example.com`;
      const ids: string[] = [];
      for (let i = 0; i < 51; i += 1) ids.push(await anEmail(recipient));
      await herald.get(NotificationRepository).fail(service.id, ids[0], 'technical-failure');
      const first = await internal(viewer, '/notifications').query({ search: recipient }).expect(200);
      expect(first.body).toMatchObject({ page: 1, pageSize: 50, hasPrevious: false, hasNext: true });
      expect(first.body.notifications).toHaveLength(50);
      const second = await internal(viewer, '/notifications').query({ search: recipient, page: 2 }).expect(200);
      expect(second.body).toMatchObject({ page: 2, hasPrevious: true, hasNext: false });
      expect(second.body.notifications.map((n: { id: string }) => n.id)).toHaveLength(1);
      const failed = await internal(viewer, '/notifications?status=failed&channel=email').query({ search: recipient }).expect(200);
      expect(failed.body.notifications.map((n: { id: string }) => n.id)).toEqual([ids[0]]);
      const texts = await internal(viewer, '/notifications?channel=sms').query({ search: recipient }).expect(200);
      expect(texts.body.notifications).toEqual([]);
    });

    it('says which filter value is wrong', async () => {
      const response = await internal(viewer, '/notifications?channel=fax&page=x').expect(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['channel', 'page']);
    });

    it('shows a notification’s details: history with times, rendered content and the key that sent it', async () => {
      const id = await anEmail('history@example.com', 'ref-h');
      const notifications = herald.get(NotificationRepository);
      await notifications.recordDelivery(service.id, id, {
        provider: 'smtp',
        providerReference: 'msg-1',
        status: 'sending',
        sentAt: new Date('2030-01-01T10:00:00Z'),
      });
      await notifications.applyReceipt({ id, status: 'delivered', at: new Date('2030-01-01T10:05:00Z') });
      const detail = await internal(viewer, `/notifications/${id}`).expect(200);
      expect(detail.body).toMatchObject({
        id,
        channel: 'email',
        status: 'delivered',
        recipient: 'history@example.com',
        reference: 'ref-h',
        template: { id: template.id, name: 'Reminder', version: 1 },
        provider: 'smtp',
        providerReference: 'msg-1',
        content: { subject: 'Your appointment, Jo', body: 'Dear Jo,\n\nYour appointment is on 1 May.', letterPdf: false },
        sender: { apiKey: { id: key.id, name: 'Case system', keyType: 'normal' }, teamMember: null, bulkSend: null },
        fromTestKey: false,
      });
      // The whole email as its recipient's client shows it: the layout, and the body's markdown as HTML.
      expect(detail.body.content.html).toMatch(/^<!DOCTYPE html>/i);
      expect(detail.body.content.html).toMatch(/<p[^>]*>\s*Dear Jo,\s*<\/p>/);
      expect(detail.body.history.map((h: { status: string }) => h.status)).toEqual(['created', 'sending', 'delivered']);
      expect(detail.body.history.slice(1).map((h: { at: string }) => h.at)).toEqual(['2030-01-01T10:00:00.000Z', '2030-01-01T10:05:00.000Z']);
    });

    it('shows a letter’s address, heading and body, and serves its PDF', async () => {
      const letterTemplate = await herald.scenario.aTemplateOfType(service.id, 'letter', 'Dear ((name)), your claim is in.');
      const id = randomUUID();
      const letters = herald.get(LetterRepository);
      await letters.insert({
        id,
        serviceId: service.id,
        templateId: letterTemplate.id,
        templateVersion: 1,
        apiKeyId: key.id,
        keyType: 'normal',
        address: 'Jo Bloggs\n1 High Street\nSW1A 1AA',
        personalisation: { name: 'Jo' },
        clientReference: 'letter-1',
        postage: 'second',
        letterReference: 'ABCDEFGHIJKLMNOP',
        status: 'created',
        createdAt: new Date(),
      });
      expect((await internal(viewer, `/notifications/${id}`).expect(200)).body.content).toEqual({
        subject: 'Letter heading',
        body: 'Dear Jo, your claim is in.',
        html: null,
        letterPdf: false,
      });
      await internal(viewer, `/notifications/${id}/pdf`).expect(404);
      await letters.savePdf(service.id, id, Buffer.from('%PDF-1.4 letter'), 1);
      const detail = await internal(viewer, `/notifications/${id}`).expect(200);
      expect(detail.body).toMatchObject({ channel: 'letter', recipient: 'Jo Bloggs\n1 High Street\nSW1A 1AA', content: { letterPdf: true } });
      const pdf = await internal(viewer, `/notifications/${id}/pdf`).buffer(true).expect(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.body.toString()).toBe('%PDF-1.4 letter');
      const byAddress = await internal(viewer, '/notifications').query({ search: 'jo bloggs 1 high street sw1a 1aa' }).expect(200);
      expect(byAddress.body.notifications.map((n: { id: string }) => n.id)).toEqual([id]);
    });

    it('names the bulk send, its row and the team member who sent it', async () => {
      const sender = await herald
        .get(UserRepository)
        .create({ emailAddress: `sender-${randomUUID().slice(0, 8)}@example.gov.uk`, name: 'Kim Sender', platformAdmin: false });
      const uploadId = await herald
        .get(UploadRepository)
        .begin({ serviceId: service.id, templateId: template.id, templateVersion: 1, fileName: 'claims.csv', createdById: sender.id });
      const job = await herald.get(JobRepository).create({
        id: randomUUID(),
        serviceId: service.id,
        templateId: template.id,
        templateVersion: 1,
        uploadId,
        fileName: 'claims.csv',
        rowCount: 1,
        createdById: sender.id,
      });
      const id = randomUUID();
      await herald.get(NotificationRepository).insert({
        id,
        serviceId: service.id,
        templateId: template.id,
        templateVersion: 1,
        apiKeyId: null,
        keyType: 'normal',
        type: 'email',
        recipient: 'row@example.com',
        normalisedRecipient: 'row@example.com',
        personalisation: { name: 'Row', date: 'today' },
        clientReference: null,
        replyTo: null,
        oneClickUnsubscribeUrl: null,
        createdById: sender.id,
        createdAt: new Date(),
        jobId: job.id,
        jobRowNumber: 7,
      });
      expect((await internal(viewer, `/notifications/${id}`).expect(200)).body.sender).toEqual({
        apiKey: null,
        teamMember: { id: sender.id, name: 'Kim Sender', emailAddress: sender.emailAddress },
        bulkSend: { jobId: job.id, fileName: 'claims.csv', rowNumber: 7 },
      });
      const latest = (await internal(viewer, '/dashboard').expect(200)).body.bulkSends;
      expect(latest[0]).toMatchObject({ id: job.id, fileName: 'claims.csv', rowCount: 1, status: 'pending' });
    });

    it('never shows another service’s members anything: 404 for the list, a notification and its PDF', async () => {
      const id = await anEmail('private@example.com');
      await internal(outsider, '/notifications').expect(404);
      await internal(outsider, `/notifications/${id}`).expect(404);
      await internal(outsider, `/notifications/${id}/pdf`).expect(404);
      await internal(outsider, '/dashboard').expect(404);
      await internal(viewer, `/notifications/${randomUUID()}`).expect(404);
      await internal(viewer, '/notifications/not-an-id').expect(404);
    });

    it('needs a session', async () => {
      await request(herald.baseUrl).get(`/internal/services/${service.id}/notifications`).expect(401);
    });
  });

  describe('dashboard', () => {
    it('counts today’s messages per channel without test keys, and lists today’s failures', async () => {
      const before = (await internal(viewer, '/dashboard').expect(200)).body;
      const failed = await anEmail('fails@example.com');
      await anEmail('fine@example.com');
      await anEmail('test@example.com', undefined, testKey);
      await aText('07700 900789');
      await herald.get(NotificationRepository).fail(service.id, failed, 'permanent-failure');

      const after = (await internal(viewer, '/dashboard').expect(200)).body;
      expect(after.days).toHaveLength(30);
      expect(after.days[29].day).toBe(ukDay(new Date()));
      const grew = (channel: 'email' | 'sms', field: 'sent' | 'failed') => after.lastSevenDays[channel][field] - before.lastSevenDays[channel][field];
      expect([grew('email', 'sent'), grew('email', 'failed'), grew('sms', 'sent'), grew('sms', 'failed')]).toEqual([2, 1, 1, 0]);
      expect(after.days[29].total.sent - before.days[29].total.sent).toBe(3);
      expect(after.failures[0]).toMatchObject({
        id: failed,
        channel: 'email',
        status: 'permanent-failure',
        recipient: 'fails@example.com',
        templateName: 'Reminder',
      });
    });
  });
});
