import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { aTestConfig, bearerFor, eventually, HeraldUnderTest, LoopbackSmtp, Scenario, TestApiKey } from '@herald/testing';

/**
 * The whole journey: Herald (API + worker) on PostgreSQL and Redis, email delivered to a real
 * SMTP server on loopback.
 */
describe('sending an email end to end', () => {
  const smtp = new LoopbackSmtp();
  let herald: HeraldUnderTest;
  let scenario: Scenario;
  let key: TestApiKey;
  let templateId: string;

  beforeAll(async () => {
    await smtp.start();
    herald = await HeraldUnderTest.start(await aTestConfig({ SMTP_URL: smtp.url, EMAIL_DOMAIN: 'notify.example.gov' }), { worker: true });
    scenario = herald.scenario;
    const service = await scenario.aService({ name: `Passport Office ${Date.now()}` });
    key = await scenario.anApiKey(service.id, 'normal');
    await scenario.aReplyTo(service.id, 'help@passport.example.gov.uk');
    templateId = (
      await scenario.anEmailTemplate(service.id, {
        subject: 'Your appointment, ((name))',
        content:
          '# Appointment\n\nDear ((name)),\n\n* bring ((document))\n* arrive early\n\n((extra??Please bring a pen.))\n\nSee https://www.gov.uk/passport for more.',
      })
    ).id;
  });

  afterAll(async () => {
    await herald.stop();
    await smtp.stop();
  });

  const post = (body: object) => request(herald.baseUrl).post('/v2/notifications/email').set('Authorization', bearerFor(key.serviceId, key.secret)).send(body);

  it('delivers the personalised email with text and HTML parts to the SMTP server', async () => {
    const before = smtp.messages.length;
    const response = await post({
      email_address: 'Jo.Bloggs@example.com',
      template_id: templateId,
      personalisation: { Name: 'Jo <b>Bloggs</b>', document: 'your old passport', extra: 'yes' },
      reference: 'case-123',
    }).expect(201);

    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail.to).toMatchObject({ text: 'Jo.Bloggs@example.com' });
    expect(mail.subject).toBe('Your appointment, Jo <b>Bloggs</b>');
    expect(mail.from?.value[0]).toMatchObject({ address: expect.stringMatching(/^passport\.office\.\d+@notify\.example\.gov$/) });
    expect(mail.replyTo?.text).toBe('help@passport.example.gov.uk');
    expect(mail.messageId).toBe(`<${response.body.id}@notify.example.gov>`);
    expect(mail.text).toContain('Dear Jo <b>Bloggs</b>,');
    expect(mail.text).toContain('• bring your old passport');
    expect(mail.text).toContain('Please bring a pen.');
    expect(mail.html).toContain('Jo &lt;b&gt;Bloggs&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>Bloggs</b>');
    expect(mail.html).toMatch(/<h2[^>]*>Appointment<\/h2>/);
    expect(mail.html).toMatch(/<li[^>]*>bring your old passport<\/li>/);
    expect(mail.html).toContain('href="https://www.gov.uk/passport"');

    const status = await eventually(async () => {
      const got = await request(herald.baseUrl)
        .get(`/v2/notifications/${response.body.id}`)
        .set('Authorization', bearerFor(key.serviceId, key.secret))
        .expect(200);
      expect(got.body.status).toBe('sending');
      return got.body;
    });
    expect(status.sent_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(status.reference).toBe('case-123');
  });

  it('adds one-click unsubscribe headers when the department gives a URL', async () => {
    const before = smtp.messages.length;
    await post({
      email_address: 'pat@example.com',
      template_id: templateId,
      personalisation: { name: 'Pat', document: 'x', extra: 'no' },
      one_click_unsubscribe_url: 'https://dept.example.gov.uk/unsubscribe?u=1',
    }).expect(201);
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    const header = (name: string) => mail.headerLines.find((h) => h.key === name)?.line;
    expect(header('list-unsubscribe')).toBe('List-Unsubscribe: <https://dept.example.gov.uk/unsubscribe?u=1>');
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(mail.text).toContain('Unsubscribe from these emails: https://dept.example.gov.uk/unsubscribe?u=1');
  });

  it('sends the sanitised personalisation and the chosen reply-to address', async () => {
    const replyToId = await scenario.aReplyTo(key.serviceId, 'appeals@passport.example.gov.uk');
    const before = smtp.messages.length;
    const response = await post({
      email_address: 'sam@example.com',
      template_id: templateId,
      personalisation: { name: 'Sam, [click here](https://evil.link)', document: 'a form', extra: 'no' },
      sanitise_content_for: ['NAME'],
      email_reply_to_id: replyToId,
    }).expect(201);
    expect(response.body.sanitised_content).toEqual({
      name: { unsanitised: 'Sam, [click here](https://evil.link)', sanitised: 'Sam, \\[click here\\]\\(\\)' },
    });

    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail.replyTo?.text).toBe('appeals@passport.example.gov.uk');
    expect(mail.html).not.toContain('evil.link');
    expect(mail.text).not.toContain('evil.link');
    expect(mail.text).toContain('Dear Sam, [click here](),');
  });

  it('never hands a test key’s email to a provider, and gives it the simulated status', async () => {
    const testKey = await scenario.anApiKey(key.serviceId, 'test');
    const before = smtp.messages.length;
    const send = (to: string) =>
      request(herald.baseUrl)
        .post('/v2/notifications/email')
        .set('Authorization', bearerFor(testKey.serviceId, testKey.secret))
        .send({ email_address: to, template_id: templateId, personalisation: { name: 'T', document: 'd', extra: 'no' } })
        .expect(201);
    const delivered = (await send('someone@example.com')).body.id;
    const tempFail = (await send('temp-fail@simulator.notify')).body.id;
    const permFail = (await send('perm-fail@simulator.notify')).body.id;
    const statusOf = async (id: string) =>
      (await request(herald.baseUrl).get(`/v2/notifications/${id}`).set('Authorization', bearerFor(testKey.serviceId, testKey.secret))).body.status;
    await eventually(async () => {
      expect(await statusOf(delivered)).toBe('delivered');
      expect(await statusOf(tempFail)).toBe('temporary-failure');
      expect(await statusOf(permFail)).toBe('permanent-failure');
    });
    expect(smtp.messages.length).toBe(before);
  });
});

describe('sending an email with no SMTP server configured', () => {
  let herald: HeraldUnderTest;

  afterAll(() => herald.stop());

  it('writes an .eml file to the outbox and marks the email delivered', async () => {
    const config = await aTestConfig();
    herald = await HeraldUnderTest.start(config, { worker: true });
    const service = await herald.scenario.aService();
    const key = await herald.scenario.anApiKey(service.id);
    const template = await herald.scenario.anEmailTemplate(service.id, { subject: 'Hi ((name))', content: 'Hello ((name))' });
    const auth = bearerFor(key.serviceId, key.secret);
    const { body } = await request(herald.baseUrl)
      .post('/v2/notifications/email')
      .set('Authorization', auth)
      .send({ email_address: 'sam@example.com', template_id: template.id, personalisation: { name: 'Sam' } })
      .expect(201);
    await eventually(async () => {
      const got = await request(herald.baseUrl).get(`/v2/notifications/${body.id}`).set('Authorization', auth);
      expect(got.body.status).toBe('delivered');
    });
    const dir = join(config.outboxDir, 'email');
    expect(readdirSync(dir)).toContain(`${body.id}.eml`);
    const eml = readFileSync(join(dir, `${body.id}.eml`), 'utf8');
    expect(eml).toContain('To: sam@example.com');
    expect(eml).toContain('Subject: Hi Sam');
  });
});
