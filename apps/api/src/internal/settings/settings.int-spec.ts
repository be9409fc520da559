import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Service, TeamPermission } from '@herald/domain';
import { AuditRepository, GoLiveRequestRepository, SessionRepository, SmsSenderRepository, TemplateRepository } from '@herald/persistence';
import { aTestConfig, bearerFor, eventually, HeraldUnderTest, LoopbackSmtp, pdfText, TestApiKey } from '@herald/testing';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

/** The internal endpoints behind the admin's settings pages, and branding applied to real emails. */
describe('service settings (internal API)', () => {
  const smtp = new LoopbackSmtp();
  let herald: HeraldUnderTest;
  let service: Service;
  let manager: string;
  let viewer: string;

  beforeAll(async () => {
    await smtp.start();
    herald = await HeraldUnderTest.start(await aTestConfig({ SMTP_URL: smtp.url, API_BASE_URL: 'https://api.herald.example' }), { worker: true });
    service = await herald.scenario.aService({ live: false });
    manager = await sessionOf(service.id, ['manage_service']);
    viewer = await sessionOf(service.id, ['view_dashboard']);
  });
  afterAll(async () => {
    await herald.stop();
    await smtp.stop();
  });

  async function sessionOf(serviceId: string, permissions: TeamPermission[]): Promise<string> {
    const user = await herald.scenario.aUser({ serviceId, permissions });
    return `Bearer ${(await herald.get(SessionRepository).open(user.id)).token}`;
  }

  const api = (session: string, serviceId = service.id) => {
    const url = (path: string) => `/internal/services/${serviceId}/settings${path}`;
    return {
      get: (path = '') => request(herald.baseUrl).get(url(path)).set('Authorization', session),
      post: (path: string, body: object = {}) => request(herald.baseUrl).post(url(path)).set('Authorization', session).send(body),
      put: (path: string, body: object) => request(herald.baseUrl).put(url(path)).set('Authorization', session).send(body),
      delete: (path: string) => request(herald.baseUrl).delete(url(path)).set('Authorization', session),
    };
  };
  const lastAudit = async (action: string) => (await herald.get(AuditRepository).list({ serviceId: service.id, action, limit: 1 }))[0];

  describe('who may look and change', () => {
    it('shows the settings to any member, with Notify’s defaults', async () => {
      const { body } = await api(viewer).get().expect(200);
      expect(body).toMatchObject({
        service: { id: service.id, name: service.name, live: false },
        reply_to_addresses: [],
        sms_senders: [],
        letter_contacts: [],
        branding: null,
        retention: { email: 7, sms: 7, letter: 7 },
        go_live_request: null,
      });
    });

    it('refuses every change to a member without manage_service (403)', async () => {
      await api(viewer).put('/name', { name: 'Nope' }).expect(403);
      await api(viewer).post('/reply-to', { email_address: 'a@example.gov.uk' }).expect(403);
      await api(viewer).post('/sms-senders', { sms_sender: 'NOPE' }).expect(403);
      await api(viewer).post('/letter-contacts', { contact_block: 'Nope' }).expect(403);
      await api(viewer).put('/branding', { colour: '#000000', banner_text: '' }).expect(403);
      await api(viewer).put('/retention', { email: '10', sms: '10', letter: '10' }).expect(403);
      await api(viewer)
        .post('/go-live-request', { volumes: { email: '1', sms: '1', letter: '1' }, confirmed: true })
        .expect(403);
    });

    it('answers 404 to a member of another service, for reads and changes, and for another service’s sender ids', async () => {
      const other = await herald.scenario.aService();
      const outsider = await sessionOf(other.id, ['manage_service']);
      await api(outsider).get().expect(404);
      await api(outsider).put('/name', { name: 'Stolen' }).expect(404);
      await api(outsider).get('/branding/preview').expect(404);
      const replyTo = await api(manager).post('/reply-to', { email_address: 'mine@example.gov.uk' }).expect(201);
      await api(outsider, other.id).delete(`/reply-to/${replyTo.body.id}`).expect(404);
      await api(outsider, other.id).post(`/reply-to/${replyTo.body.id}/default`).expect(404);
      const sender = await api(manager).post('/sms-senders', { sms_sender: 'MINE' }).expect(201);
      await api(outsider, other.id).delete(`/sms-senders/${sender.body.id}`).expect(404);
      const contact = await api(manager).post('/letter-contacts', { contact_block: 'Mine' }).expect(201);
      await api(outsider, other.id).delete(`/letter-contacts/${contact.body.id}`).expect(404);
    });
  });

  describe('service name', () => {
    it('renames the service and audits it', async () => {
      const name = `Renamed ${randomUUID().slice(0, 8)}`;
      await api(manager)
        .put('/name', { name: `  ${name} ` })
        .expect(200, { id: service.id, name, live: false, organisation: null });
      expect((await api(manager).get().expect(200)).body.service.name).toBe(name);
      expect(await lastAudit('service.renamed')).toMatchObject({ details: { to: name } });
    });

    it('refuses a blank name and one another service has, in any capitalisation', async () => {
      const other = await herald.scenario.aService({ name: `Taken ${randomUUID().slice(0, 8)}` });
      const blank = await api(manager).put('/name', { name: ' ' }).expect(400);
      expect(blank.body.errors).toEqual([{ error: 'ValidationError', field: 'name', message: 'Enter a service name' }]);
      const taken = await api(manager).put('/name', { name: other.name.toUpperCase() }).expect(400);
      expect(taken.body.errors).toEqual([{ error: 'ValidationError', field: 'name', message: 'This service name is already in use' }]);
    });
  });

  describe('reply-to addresses, text message senders and letter contact blocks', () => {
    it('adds reply-to addresses, changes the default and removes one', async () => {
      const first = await api(manager).post('/reply-to', { email_address: 'first@example.gov.uk' }).expect(201);
      const second = await api(manager).post('/reply-to', { email_address: 'second@example.gov.uk', is_default: true }).expect(201);
      expect(second.body.is_default).toBe(true);
      await api(manager).post(`/reply-to/${first.body.id}/default`).expect(204);
      await api(manager).delete(`/reply-to/${second.body.id}`).expect(204);
      const { body } = await api(manager).get().expect(200);
      expect(body.reply_to_addresses.find((r: { id: string }) => r.id === first.body.id)).toMatchObject({ is_default: true });
      expect(body.reply_to_addresses.map((r: { id: string }) => r.id)).not.toContain(second.body.id);
      expect(await lastAudit('reply-to.removed')).toMatchObject({ subject: second.body.id });
    });

    it('says what is wrong with a reply-to address', async () => {
      const { body } = await api(manager).post('/reply-to', { email_address: 'not an address' }).expect(400);
      expect(body.errors).toEqual([
        { error: 'ValidationError', field: 'email_address', message: 'Enter an email address in the correct format, like name@example.gov.uk' },
      ]);
    });

    it('checks text message senders as the CLI does, and keeps the default one', async () => {
      const tooLong = await api(manager).post('/sms-senders', { sms_sender: 'TWELVELETTER' }).expect(400);
      expect(tooLong.body.errors).toEqual([
        {
          error: 'ValidationError',
          field: 'sms_sender',
          message: 'Text message sender must be up to 11 letters and numbers, or a phone number',
        },
      ]);
      const number = await api(manager).post('/sms-senders', { sms_sender: '07700900123' }).expect(201);
      const named = await api(manager).post('/sms-senders', { sms_sender: 'HERALD', is_default: 'true' }).expect(201);
      const refused = await api(manager).delete(`/sms-senders/${named.body.id}`).expect(400);
      expect(refused.body.errors[0].message).toBe('You cannot remove the default text message sender');
      await api(manager).delete(`/sms-senders/${number.body.id}`).expect(204);
      expect(await herald.get(SmsSenderRepository).findDefault(service.id)).toMatchObject({ smsSender: 'HERALD' });
      expect(await lastAudit('sms-sender.removed')).toMatchObject({ subject: number.body.id });
    });

    it('adds letter contact blocks with a default', async () => {
      const blank = await api(manager).post('/letter-contacts', { contact_block: '  ' }).expect(400);
      expect(blank.body.errors).toEqual([{ error: 'ValidationError', field: 'contact_block', message: 'Enter a contact block' }]);
      const added = await api(manager).post('/letter-contacts', { contact_block: 'Herald\r\n1 High Street', is_default: true }).expect(201);
      expect(added.body).toMatchObject({ contact_block: 'Herald\n1 High Street', is_default: true });
      expect(await lastAudit('letter-contact.added')).toMatchObject({ subject: added.body.id });
    });
  });

  it('prints the service’s default letter contact block on letters whose template has none', async () => {
    const letters = await herald.scenario.aService({ live: true, permissions: ['letter', 'email'] });
    const session = await sessionOf(letters.id, ['manage_service']);
    await api(session, letters.id).post('/letter-contacts', { contact_block: 'Blue Badge Office\nPO Box 99' }).expect(201);
    const template = await herald
      .get(TemplateRepository)
      .create(letters.id, { name: 'Badge', type: 'letter', subject: 'Your badge', content: 'Dear ((name))' });
    const key = await herald.scenario.anApiKey(letters.id, 'normal');
    const auth = bearerFor(key.serviceId, key.secret);
    const sent = await request(herald.baseUrl)
      .post('/v2/notifications/letter')
      .set('Authorization', auth)
      .send({
        template_id: template.id,
        personalisation: { name: 'Jo', address_line_1: 'Jo Bloggs', address_line_2: '1 High Street', address_line_3: 'Leeds', postcode: 'ls11aa' },
      })
      .expect(201);
    const pdf = await eventually(async () => {
      const response = await request(herald.baseUrl)
        .get(`/v2/notifications/${sent.body.id}/pdf`)
        .set('Authorization', auth)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(response.status).toBe(200);
      return response.body as Buffer;
    });
    expect(pdfText(pdf)).toContain('Blue Badge Office');
  });

  describe('data retention', () => {
    it('keeps 3 to 90 days per channel', async () => {
      const { body } = await api(manager).put('/retention', { email: '2', sms: 'ten', letter: '91' }).expect(400);
      expect(body.errors).toEqual([
        { error: 'ValidationError', field: 'email', message: 'Emails: number of days must be between 3 and 90' },
        { error: 'ValidationError', field: 'sms', message: 'Text messages: number of days must be a whole number' },
        { error: 'ValidationError', field: 'letter', message: 'Letters: number of days must be between 3 and 90' },
      ]);
      await api(manager).put('/retention', { email: '3', sms: '30', letter: '90' }).expect(200, { email: 3, sms: 30, letter: 90 });
      expect((await api(viewer).get().expect(200)).body.retention).toEqual({ email: 3, sms: 30, letter: 90 });
      expect(await lastAudit('retention.updated')).toMatchObject({ details: { to: { email: 3, sms: 30, letter: 90 } } });
    });
  });

  describe('email branding', () => {
    it('refuses SVG, files over 2 MB and colours that are not hex', async () => {
      const svg = await api(manager)
        .put('/branding', { colour: 'blue', banner_text: '', logo_base64: SVG.toString('base64') })
        .expect(400);
      expect(svg.body.errors).toEqual([
        { error: 'ValidationError', field: 'colour', message: 'Enter a colour as a 6-digit hex code, like #1d70b8' },
        { error: 'ValidationError', field: 'logo', message: 'The logo must be a PNG or JPEG image' },
      ]);
      const big = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]);
      const tooBig = await api(manager)
        .put('/branding', { colour: '', banner_text: '', logo_base64: big.toString('base64') })
        .expect(400);
      expect(tooBig.body.errors).toEqual([{ error: 'ValidationError', field: 'logo', message: 'The logo must be smaller than 2MB' }]);
    });

    it('serves the logo publicly and cacheably, previews it, and applies it to the emails the worker sends', async () => {
      const saved = await api(manager)
        .put('/branding', { colour: '#00703C', banner_text: 'Herald Office', logo_base64: PNG.toString('base64') })
        .expect(200);
      expect(saved.body).toEqual({
        colour: '#00703c',
        banner_text: 'Herald Office',
        logo_url: expect.stringMatching(/^https:\/\/api\.herald\.example\/branding\/[0-9a-f-]{36}\.png$/),
      });
      expect(await lastAudit('branding.updated')).toMatchObject({ details: { colour: '#00703c', bannerText: 'Herald Office' } });

      const logoPath = new URL(saved.body.logo_url).pathname;
      const logo = await request(herald.baseUrl).get(logoPath).expect(200);
      expect(logo.headers['content-type']).toBe('image/png');
      expect(logo.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(Buffer.from(logo.body).equals(PNG)).toBe(true);
      await request(herald.baseUrl).get(logoPath.replace('.png', '.jpg')).expect(404);

      const preview = await api(viewer).get('/branding/preview').expect(200);
      expect(preview.headers['content-type']).toContain('text/html');
      expect(preview.text).toContain('bgcolor="#00703c"');
      expect(preview.text).toContain(`<img src="${saved.body.logo_url}"`);

      const key: TestApiKey = await herald.scenario.anApiKey(service.id, 'team');
      const template = await herald.scenario.anEmailTemplate(service.id, { subject: 'Branded', content: 'Hello' });
      const member = await herald.scenario.aUser({ serviceId: service.id });
      await request(herald.baseUrl)
        .post('/v2/notifications/email')
        .set('Authorization', bearerFor(key.serviceId, key.secret))
        .send({ email_address: member.emailAddress, template_id: template.id })
        .expect(201);
      const mail = await smtp.waitForMessageTo(member.emailAddress);
      expect(mail.html).toContain('bgcolor="#00703c"');
      expect(mail.html).toContain(`<img src="${saved.body.logo_url}"`);
      expect(mail.html).toContain('>Herald Office</td>');
    });
  });

  describe('going live', () => {
    it('asks for volumes and a confirmation, records a pending request once, and audits it', async () => {
      const incomplete = await api(manager)
        .post('/go-live-request', { volumes: { email: '1,000', sms: 'lots' } })
        .expect(400);
      expect(incomplete.body.errors.map((e: { field: string }) => e.field)).toEqual(['volumes_sms', 'volumes_letter', 'confirmed']);
      const created = await api(manager)
        .post('/go-live-request', { volumes: { email: '1,000', sms: '0', letter: '5' }, confirmed: true })
        .expect(201);
      expect(created.body).toMatchObject({ status: 'pending', decided_at: null });
      expect(await herald.get(GoLiveRequestRepository).latestForService(service.id)).toMatchObject({
        details: { volumes: { email: 1000, sms: 0, letter: 5 } },
      });
      expect(await lastAudit('go-live.requested')).toMatchObject({ subject: created.body.id });
      // The team sees what it asked with, in the rows the operators' page shows.
      expect((await api(viewer).get().expect(200)).body.go_live_request).toMatchObject({
        id: created.body.id,
        status: 'pending',
        details: [
          { label: 'Emails', value: '1,000 a year' },
          { label: 'Text messages', value: '0 a year' },
          { label: 'Letters', value: '5 a year' },
        ],
      });
      const again = await api(manager)
        .post('/go-live-request', { volumes: { email: '1', sms: '1', letter: '1' }, confirmed: true })
        .expect(400);
      expect(again.body.errors[0].message).toContain('already asked');
    });

    it('refuses a request from a live service', async () => {
      const live = await herald.scenario.aService({ live: true });
      const session = await sessionOf(live.id, ['manage_service']);
      const { body } = await api(session, live.id)
        .post('/go-live-request', { volumes: { email: '1', sms: '1', letter: '1' }, confirmed: true })
        .expect(400);
      expect(body.errors[0].message).toBe('This service is already live');
    });
  });
});
