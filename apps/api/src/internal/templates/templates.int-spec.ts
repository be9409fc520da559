import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { TeamPermission } from '@herald/domain';
import { AuditRepository, SessionRepository, TeamMemberRepository, UserRepository } from '@herald/persistence';
import { aTestConfig, bearerFor, HeraldUnderTest } from '@herald/testing';

/** The internal endpoints behind the admin's template pages. */
describe('templates (internal API)', () => {
  let herald: HeraldUnderTest;
  let serviceId: string;
  let editor: string;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    serviceId = (await herald.scenario.aService()).id;
    editor = await sessionOf(serviceId, ['manage_templates']);
  });
  afterAll(() => herald.stop());

  async function sessionOf(service: string, permissions: TeamPermission[]): Promise<string> {
    const user = await herald
      .get(UserRepository)
      .create({ emailAddress: `editor-${randomUUID().slice(0, 8)}@example.gov.uk`, name: 'Sam Editor', platformAdmin: false });
    await herald.get(TeamMemberRepository).add(service, user.id, permissions);
    return `Bearer ${(await herald.get(SessionRepository).open(user.id)).token}`;
  }

  const api = (session: string, service = serviceId) => ({
    get: (path: string) => request(herald.baseUrl).get(`/internal/services/${service}${path}`).set('Authorization', session),
    post: (path: string, body: object = {}) => request(herald.baseUrl).post(`/internal/services/${service}${path}`).set('Authorization', session).send(body),
    delete: (path: string) => request(herald.baseUrl).delete(`/internal/services/${service}${path}`).set('Authorization', session),
  });

  const anEmailTemplate = async (fields: object = {}) =>
    (
      await api(editor)
        .post('/templates', {
          type: 'email',
          name: `Renewal ${randomUUID().slice(0, 6)}`,
          subject: 'Your ((thing))',
          content: 'Dear ((name)),\n\nIt is ready.',
          ...fields,
        })
        .expect(201)
    ).body;

  it('creates an email template with its placeholders, and audits it', async () => {
    const created = await anEmailTemplate({ name: 'Passport ready' });
    expect(created).toMatchObject({
      name: 'Passport ready',
      type: 'email',
      subject: 'Your ((thing))',
      version: 1,
      archived: false,
      folder_id: null,
      placeholders: ['thing', 'name'],
    });
    const audit = await herald.get(AuditRepository).list({ serviceId, action: 'template.created', limit: 5 });
    expect(audit.find((e) => e.subject === created.id)?.details).toEqual({ name: 'Passport ready', type: 'email' });
  });

  it('says what is missing, field by field, for each type', async () => {
    const email = await api(editor).post('/templates', { type: 'email', name: ' ', subject: '', content: '' }).expect(400);
    expect(email.body.errors.map((e: { field: string }) => e.field)).toEqual(['name', 'subject', 'content']);
    const letter = await api(editor).post('/templates', { type: 'letter', name: 'L', subject: '', content: 'x', postage: 'pigeon' }).expect(400);
    expect(letter.body.errors).toEqual([
      { error: 'ValidationError', field: 'subject', message: 'Enter a main heading' },
      { error: 'ValidationError', field: 'postage', message: 'Select first class, second class or economy postage' },
    ]);
    const sms = await api(editor)
      .post('/templates', { type: 'sms', name: 'Long', content: 'a'.repeat(919) })
      .expect(400);
    expect(sms.body.errors[0].message).toContain('cannot be longer than 918 characters');
    await api(editor).post('/templates', { type: 'fax', name: 'x', content: 'x' }).expect(400);
  });

  it('saves each edit as a new version and shows what changed between versions', async () => {
    const created = await anEmailTemplate();
    await api(editor)
      .post(`/templates/${created.id}`, { name: created.name, subject: 'Your ((thing)) is ready', content: 'Dear ((name)),\n\nIt is ready.\nCollect it.' })
      .expect(200);
    const history = (await api(editor).get(`/templates/${created.id}/versions`).expect(200)).body;
    expect(history.template.version).toBe(2);
    expect(history.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(history.versions[0].created_by).toMatch(/^editor-/);
    expect(history.versions[0].changes.subject).toEqual([
      { kind: 'removed', text: 'Your ((thing))' },
      { kind: 'added', text: 'Your ((thing)) is ready' },
    ]);
    expect(history.versions[0].changes.content.filter((l: { kind: string }) => l.kind !== 'same')).toEqual([{ kind: 'added', text: 'Collect it.' }]);
    expect(history.versions[1].changes).toBeNull();
    const audit = await herald.get(AuditRepository).list({ serviceId, action: 'template.updated', limit: 5 });
    expect(audit.find((e) => e.subject === created.id)?.details).toMatchObject({ version: 2 });
  });

  it('copies a template as "Copy of" it', async () => {
    const original = await anEmailTemplate({ name: 'Reminder' });
    const copy = (await api(editor).post(`/templates/${original.id}/copy`).expect(201)).body;
    expect(copy).toMatchObject({ name: 'Copy of Reminder', subject: original.subject, content: original.content, version: 1 });
    expect(copy.id).not.toBe(original.id);
    const audit = await herald.get(AuditRepository).list({ serviceId, action: 'template.copied', limit: 5 });
    expect(audit.find((e) => e.subject === copy.id)?.details).toEqual({ name: 'Copy of Reminder', copiedFrom: original.id });
  });

  it('archives a template: gone from the lists, and the public API refuses to send with it', async () => {
    const template = await anEmailTemplate();
    const key = await herald.scenario.anApiKey(serviceId);
    const archived = (await api(editor).post(`/templates/${template.id}/archive`).expect(200)).body;
    expect(archived.archived).toBe(true);
    const list = (await api(editor).get('/templates').expect(200)).body;
    expect(list.templates.map((t: { id: string }) => t.id)).not.toContain(template.id);
    const publicList = await request(herald.baseUrl).get('/v2/templates').set('Authorization', bearerFor(serviceId, key.secret)).expect(200);
    expect(publicList.body.templates.map((t: { id: string }) => t.id)).not.toContain(template.id);
    const send = await request(herald.baseUrl)
      .post('/v2/notifications/email')
      .set('Authorization', bearerFor(serviceId, key.secret))
      .send({ template_id: template.id, email_address: 'someone@example.com', personalisation: { thing: 'x', name: 'y' } })
      .expect(400);
    expect(send.body.errors).toEqual([{ error: 'BadRequestError', message: 'Template has been deleted' }]);
    await api(editor).post(`/templates/${template.id}`, { name: 'x', subject: 'x', content: 'x' }).expect(400);
    expect((await herald.get(AuditRepository).list({ serviceId, action: 'template.archived', limit: 5 })).some((e) => e.subject === template.id)).toBe(true);
  });

  it('keeps templates in folders, with breadcrumbs, and moves them between folders', async () => {
    const outer = (await api(editor).post('/template-folders', { name: 'Passports' }).expect(201)).body;
    const inner = (await api(editor).post('/template-folders', { name: 'Reminders', parent_id: outer.id }).expect(201)).body;
    const template = await anEmailTemplate({ folder_id: inner.id });
    const innerPage = (await api(editor).get(`/templates?folder=${inner.id}`).expect(200)).body;
    expect(innerPage.folder).toEqual({ id: inner.id, name: 'Reminders', parent_id: outer.id });
    expect(innerPage.breadcrumbs).toEqual([{ id: outer.id, name: 'Passports', parent_id: null }]);
    expect(innerPage.templates.map((t: { id: string }) => t.id)).toEqual([template.id]);
    expect((await api(editor).get(`/templates/${template.id}`).expect(200)).body.breadcrumbs.map((f: { name: string }) => f.name)).toEqual([
      'Passports',
      'Reminders',
    ]);
    const top = (await api(editor).get('/templates').expect(200)).body;
    expect(top.folders.map((f: { id: string }) => f.id)).toContain(outer.id);
    expect(top.templates.map((t: { id: string }) => t.id)).not.toContain(template.id);

    await api(editor)
      .post('/templates/move-to-folder', { template_ids: [template.id], folder_id: outer.id })
      .expect(200);
    expect((await api(editor).get(`/templates?folder=${outer.id}`).expect(200)).body.templates.map((t: { id: string }) => t.id)).toEqual([template.id]);
    await api(editor).post(`/template-folders/${inner.id}`, { name: 'Old reminders' }).expect(200);

    const refused = await api(editor).delete(`/template-folders/${outer.id}`).expect(400);
    expect(refused.body.errors[0].message).toContain('only delete an empty folder');
    await api(editor).delete(`/template-folders/${inner.id}`).expect(204);
    await api(editor).get(`/templates?folder=${inner.id}`).expect(404);
    const actions = (await herald.get(AuditRepository).list({ serviceId, limit: 50 })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['folder.created', 'folder.renamed', 'folder.deleted', 'template.moved']));
  });

  it('previews an email as the worker renders it, filling the values given', async () => {
    const template = await anEmailTemplate({ subject: 'Hello ((name))', content: 'Your reference is ((ref)).' });
    const preview = (
      await api(editor)
        .post(`/templates/${template.id}/preview`, { personalisation: { name: 'Ada' } })
        .expect(200)
    ).body;
    expect(preview.subject).toBe('Hello Ada');
    expect(preview.html).toContain('<!DOCTYPE');
    expect(preview.html).toContain('Your reference is ((ref)).');
    expect(preview.missing).toEqual(['ref']);
  });

  it('previews a text message with its character and fragment counts', async () => {
    const template = (
      await api(editor)
        .post('/templates', { type: 'sms', name: 'Code', content: `Your code is ((code)). ${'x'.repeat(150)}` })
        .expect(201)
    ).body;
    const preview = (
      await api(editor)
        .post(`/templates/${template.id}/preview`, { personalisation: { code: '123456' } })
        .expect(200)
    ).body;
    expect(preview.body).toContain('Your code is 123456.');
    expect(preview.sms).toMatchObject({ fragment_count: 2, is_unicode: false });
    expect(preview.sms.character_count).toBe(`Your code is 123456. ${'x'.repeat(150)}`.length);
  });

  it('renders a letter preview as a PDF', async () => {
    const template = (
      await api(editor)
        .post('/templates', { type: 'letter', name: 'Letter', subject: 'About ((topic))', content: 'Dear ((name))', postage: 'first' })
        .expect(201)
    ).body;
    expect(template.placeholders).toEqual(['address line 1', 'address line 2', 'address line 3', 'topic', 'name']);
    const pdf = await api(editor)
      .post(`/templates/${template.id}/letter-preview`, { personalisation: { 'address line 1': 'A Person', topic: 'tax' } })
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const email = await anEmailTemplate();
    const refused = await api(editor).post(`/templates/${email.id}/letter-preview`, {}).expect(400);
    expect(refused.body.errors).toEqual([{ error: 'BadRequestError', message: 'Only letter templates have a PDF preview' }]);
  });

  it('lets a member without manage_templates read templates but not change them (403)', async () => {
    const template = await anEmailTemplate();
    const reader = await sessionOf(serviceId, ['send_messages']);
    await api(reader).get('/templates').expect(200);
    await api(reader).get(`/templates/${template.id}`).expect(200);
    await api(reader).post(`/templates/${template.id}/preview`, {}).expect(200);
    await api(reader).get(`/templates/${template.id}/versions`).expect(200);
    await api(reader).post('/templates', { type: 'sms', name: 'x', content: 'x' }).expect(403);
    await api(reader).post(`/templates/${template.id}`, { name: 'x', subject: 'x', content: 'x' }).expect(403);
    await api(reader).post(`/templates/${template.id}/copy`).expect(403);
    await api(reader).post(`/templates/${template.id}/archive`).expect(403);
    await api(reader)
      .post('/templates/move-to-folder', { template_ids: [template.id], folder_id: null })
      .expect(403);
    await api(reader).post('/template-folders', { name: 'x' }).expect(403);
  });

  it("does not find another service's templates or folders (404), nor another service at all", async () => {
    const otherService = (await herald.scenario.aService()).id;
    const otherEditor = await sessionOf(otherService, ['manage_templates']);
    const theirs = (await api(otherEditor, otherService).post('/templates', { type: 'sms', name: 'Theirs', content: 'Hi ((name))' }).expect(201)).body;
    const theirFolder = (await api(otherEditor, otherService).post('/template-folders', { name: 'Theirs' }).expect(201)).body;
    for (const path of [`/templates/${theirs.id}`, `/templates/${theirs.id}/versions`, `/templates?folder=${theirFolder.id}`])
      await api(editor).get(path).expect(404);
    for (const path of [
      `/templates/${theirs.id}`,
      `/templates/${theirs.id}/copy`,
      `/templates/${theirs.id}/archive`,
      `/templates/${theirs.id}/preview`,
      `/template-folders/${theirFolder.id}`,
    ]) {
      await api(editor).post(path, { name: 'Mine now', content: 'x' }).expect(404);
    }
    await api(editor).delete(`/template-folders/${theirFolder.id}`).expect(404);
    await api(editor)
      .post('/templates/move-to-folder', { template_ids: [theirs.id], folder_id: null })
      .expect(404);
    const intoTheirFolder = await api(editor).post('/templates', { type: 'sms', name: 'x', content: 'x', folder_id: theirFolder.id }).expect(400);
    expect(intoTheirFolder.body.errors[0].field).toBe('folder_id');
    await api(editor, otherService).get('/templates').expect(404);
    expect((await api(otherEditor, otherService).get(`/templates/${theirs.id}`).expect(200)).body.name).toBe('Theirs');
  });

  it('asks for a session (401)', async () => {
    await request(herald.baseUrl).get(`/internal/services/${serviceId}/templates`).expect(401);
  });
});
