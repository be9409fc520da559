import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { Service, TemplateVersion } from '@herald/domain';
import { NotificationRepository } from '@herald/persistence';
import { aTestConfig, bearerFor, HeraldUnderTest, TestApiKey, TestUser } from '@herald/testing';

/** Issue 15, points 8, 12 and 13: search by part of a recipient, the download, people's words, who sent each one, and each status once. */
describe('activity: part-of-recipient search, download, sender and history (internal API)', () => {
  let herald: HeraldUnderTest;
  let service: Service;
  let key: TestApiKey;
  let email: TemplateVersion;
  let letter: TemplateVersion;
  let alice: TestUser;
  let session: string;
  const ids: Record<'ada' | 'charles' | 'formula' | 'letter' | 'text', string> = { ada: '', charles: '', formula: '', letter: '', text: '' };

  const viaApi = async (path: 'email' | 'sms', body: object): Promise<string> =>
    (await request(herald.baseUrl).post(`/v2/notifications/${path}`).set('Authorization', bearerFor(service.id, key.secret)).send(body).expect(201)).body
      .id as string;
  const get = (path: string) => request(herald.baseUrl).get(`/internal/services/${service.id}/${path}`).set('Authorization', session);
  const found = async (query: object): Promise<string[]> =>
    (await get('notifications').query(query).expect(200)).body.notifications.map((n: { id: string }) => n.id);

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig({ PRINT_BATCH_TIME: '17:30' }));
    service = await herald.scenario.aService({ live: true });
    key = await herald.scenario.anApiKey(service.id, 'normal', 'Claims system');
    email = await herald.scenario.anEmailTemplate(service.id, { name: 'Claim received', subject: 'Claim', content: 'Dear ((name))' });
    const text = await herald.scenario.anSmsTemplate(service.id, { name: 'Claim text', content: 'Hello ((name))' });
    letter = await herald.scenario.aTemplateOfType(service.id, 'letter', 'Dear ((name)), your claim is in.');
    alice = await herald.scenario.aUser({ serviceId: service.id, name: 'Alice Smith' });
    session = `Bearer ${await herald.scenario.aSession(alice.id)}`;

    ids.ada = await viaApi('email', {
      template_id: email.id,
      email_address: 'Ada.Lovelace@example.com',
      personalisation: { name: 'Ada' },
      reference: 'claim-1815',
    });
    ids.charles = await viaApi('email', {
      template_id: email.id,
      email_address: 'charles@example.com',
      personalisation: { name: 'C' },
      reference: 'claim-1791',
    });
    ids.formula = await viaApi('email', {
      template_id: email.id,
      email_address: 'f@example.com',
      personalisation: { name: 'F' },
      reference: '=HYPERLINK("x")',
    });
    ids.text = await viaApi('sms', { template_id: text.id, phone_number: '+44 7700 900321', personalisation: { name: 'Ada' } });
    const sent = await request(herald.baseUrl)
      .post(`/internal/services/${service.id}/send/${letter.id}`)
      .set('Authorization', session)
      .send({ values: { 'address line 1': 'Jo Bloggs', 'address line 2': '1 High Street', 'address line 3': 'SW1A 1AA', name: 'Jo' } })
      .expect(201);
    ids.letter = sent.body.notificationId as string;
    await herald.get(NotificationRepository).fail(service.id, ids.charles, 'permanent-failure');
  });
  afterAll(() => herald.stop());

  it('finds messages by part of an email address, phone number, postal address or reference', async () => {
    expect(await found({ search: 'LOVELACE' })).toEqual([ids.ada]);
    expect(await found({ search: '900 321' })).toEqual([ids.text]);
    expect(await found({ search: '+44 7700' })).toEqual([ids.text]);
    expect(await found({ search: 'high street' })).toEqual([ids.letter]);
    expect(await found({ search: 'claim-17' })).toEqual([ids.charles]);
    expect(await found({ search: 'example.com', channel: 'email', status: 'failed' })).toEqual([ids.charles]);
    expect(await found({ search: 'nobody-here' })).toEqual([]);
  });

  it('names who sent each one: the team member, or the API key', async () => {
    const page = (await get('notifications').expect(200)).body;
    const sentBy = Object.fromEntries(page.notifications.map((n: { id: string; sentBy: string }) => [n.id, n.sentBy]));
    expect(sentBy[ids.letter]).toBe('Alice Smith');
    expect(sentBy[ids.ada]).toBe('API key Claims system');
    expect(page.searchLimited).toBe(false);
  });

  it('shows a letter sent from the admin as sent by that team member, with the next print run', async () => {
    const detail = (await get(`notifications/${ids.letter}`).expect(200)).body;
    expect(detail.sender.teamMember).toEqual({ id: alice.id, name: 'Alice Smith', emailAddress: alice.emailAddress });
    const run = new Date(detail.nextPrintRun);
    expect(run.getTime()).toBeGreaterThan(Date.now());
    expect(run.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3_600_000);
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' }).format(run)).toBe('17:30');
  });

  it('lists each status once in a notification’s history, at the first time it was reached', async () => {
    const first = new Date('2030-01-01T10:00:00Z');
    await herald
      .get(NotificationRepository)
      .recordDelivery(service.id, ids.ada, { provider: 'smtp', providerReference: 'm-1', status: 'sending', sentAt: first });
    await herald
      .get(DataSource)
      .query('INSERT INTO notification_status_history (id, notification_id, service_id, status, created_at) VALUES ($1, $2, $3, $4, $5)', [
        randomUUID(),
        ids.ada,
        service.id,
        'sending',
        new Date('2030-01-01T10:01:00Z'),
      ]);
    await herald.get(NotificationRepository).applyReceipt({ id: ids.ada, status: 'delivered', at: new Date('2030-01-01T10:05:00Z') });
    const history = (await get(`notifications/${ids.ada}`).expect(200)).body.history;
    expect(history.map((h: { status: string }) => h.status)).toEqual(['created', 'sending', 'delivered']);
    expect(history[1].at).toBe('2030-01-01T10:00:00.000Z');
  });

  it('downloads the filtered list as CSV: people’s words, who sent it, UK time, and no formula a spreadsheet would run', async () => {
    const csv = await get('notifications/csv').query({ search: 'example.com', channel: 'email' }).buffer(true).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="activity.csv"');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('Recipient,Reference,Template,Channel,Status,Sent by,Time (UK)');
    expect(lines).toHaveLength(4);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^charles@example\.com,claim-1791,Claim received,Email,Failed: email address does not exist,API key Claims system,\d{4}-\d\d-\d\d \d\d:\d\d$/,
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^f@example\.com,"'=HYPERLINK\(""x""\)",Claim received,Email,Sending,API key Claims system,/));
    expect(csv.text).not.toContain('7700');
  });

  it('downloads a letter with its address on one line and its print run, and a text whose number starts with + written as text, not a formula', async () => {
    const csv = await get('notifications/csv')
      .query({ channel: ['letter', 'sms'] })
      .buffer(true)
      .expect(200);
    const lines = csv.text.trimEnd().split('\r\n').slice(1);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^"Jo Bloggs, 1 High Street, SW1A 1AA",,letter template,Letter,Printing (today|tomorrow) at 5:30pm,Alice Smith,/);
    expect(lines[1]).toMatch(/^'\+44 7700 900321,,Claim text,Text message,Sending,API key Claims system,/);
  });

  it('downloads nothing for another service’s member (404)', async () => {
    const other = await herald.scenario.aService();
    const outsider = await herald.scenario.aUser({ serviceId: other.id, permissions: ['view_dashboard'] });
    const response = await request(herald.baseUrl)
      .get(`/internal/services/${service.id}/notifications/csv`)
      .set('Authorization', `Bearer ${await herald.scenario.aSession(outsider.id)}`)
      .expect(404);
    expect(response.text).not.toContain('example.com');
  });
});
