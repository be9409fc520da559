import request from 'supertest';
import { AuditRepository } from '@herald/persistence';
import { aTestConfig, bearerFor, HeraldUnderTest, pdfText, pdfTextRunDetails } from '@herald/testing';

const anEmail = { channel: 'email', language: 'cy', subject: 'Eich apwyntiad ((ref))', content: 'Annwyl ((name)), ((date)).' };
const anSms = { channel: 'sms', language: 'en', content: '((name)): appointment ((ref)) on ((date))' };
const aLetter = {
  channel: 'letter',
  language: 'bilingual',
  subject: 'Your appointment ((ref))',
  content: 'Dear ((name)), come on ((date)).',
  welsh_subject: 'Eich apwyntiad ((ref))',
  welsh_content: 'Annwyl ((name)), dewch ar ((date)).',
};
const aSet = (fields: object = {}) => ({
  name: 'Appointment',
  kind: 'statutory',
  label: 'Your appointment',
  sensitive: false,
  variants: [anEmail, anSms, aLetter],
  ...fields,
});

/** The internal endpoints behind the admin's template-set editor. */
describe('template sets (internal API)', () => {
  let herald: HeraldUnderTest;
  let serviceId: string;
  let editor: string;
  let reader: string;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    serviceId = (await herald.scenario.aService()).id;
    editor = await sessionOf(serviceId, true);
    reader = await sessionOf(serviceId, false);
  });
  afterAll(() => herald.stop());

  async function sessionOf(service: string, manageTemplates: boolean): Promise<string> {
    const user = await herald.scenario.aUser({ serviceId: service, permissions: manageTemplates ? ['manage_templates'] : ['view_dashboard'] });
    return `Bearer ${await herald.scenario.aSession(user.id)}`;
  }

  const api = (session: string, service = serviceId) => ({
    get: (path: string) => request(herald.baseUrl).get(`/internal/services/${service}/template-sets${path}`).set('Authorization', session),
    post: (path: string, body: object = {}) =>
      request(herald.baseUrl).post(`/internal/services/${service}/template-sets${path}`).set('Authorization', session).send(body),
  });
  const created = async (fields: object = {}) => (await api(editor).post('', aSet(fields)).expect(201)).body;
  const binary = (res: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => callback(null, Buffer.concat(chunks)));
  };

  it('creates a set, publishes it and previews every channel', async () => {
    const set = await created();
    expect(set).toMatchObject({ name: 'Appointment', kind: 'statutory', published_version: null, published: null });
    const version = (await api(editor).post(`/${set.id}/publish`).expect(201)).body;
    expect(version).toMatchObject({ set_id: set.id, version: 1 });
    expect(version.variants.map((v: { template_version: number }) => v.template_version)).toEqual([1, 1, 1]);
    expect((await api(reader).get(`/${set.id}`).expect(200)).body).toMatchObject({ published_version: 1, published: { version: 1 } });

    const email = (await api(reader).get(`/${set.id}/variants/email/cy/preview`).expect(200)).body;
    expect(email.subject).toBe('Eich apwyntiad ((ref))');
    expect(email.html).toContain('lang="cy"');
    const sms = (await api(reader).get(`/${set.id}/variants/sms/en/preview`).expect(200)).body;
    expect(sms).toMatchObject({ body: expect.stringContaining('appointment ((ref))'), fragments: 1, unicode: false });
    const letter = await api(reader).get(`/${set.id}/variants/letter/bilingual/preview`).buffer(true).parse(binary).expect(200);
    expect(letter.headers['content-type']).toBe('application/pdf');
    const text = pdfText(letter.body as Buffer);
    expect(text.indexOf('Eich apwyntiad')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Eich apwyntiad')).toBeLessThan(text.indexOf('Your appointment'));
  });

  it('R-LF-4: previews a letter in large print on asking, and refuses an unknown format', async () => {
    const set = await created({ variants: [{ ...aLetter, language: 'en', welsh_subject: null, welsh_content: null }] });
    const sizes = async (format: string) => {
      const pdf = await api(reader).get(`/${set.id}/variants/letter/en/preview?format=${format}`).buffer(true).parse(binary).expect(200);
      const run = pdfTextRunDetails(pdf.body as Buffer).find((r) => r.text.includes('come on'));
      return run?.fontSize ?? 0;
    };
    expect(await sizes('large_print')).toBeGreaterThanOrEqual(16);
    expect(await sizes('standard')).toBeLessThan(16);
    await api(reader).get(`/${set.id}/variants/letter/en/preview?format=braille`).expect(400);
    await api(reader).get(`/${set.id}/variants/sms/cy/preview`).expect(404);
  });

  it('R-RT-5: publishing a set whose variants need different placeholders lists the missing placeholder per variant', async () => {
    const set = await created({
      variants: [
        { ...anSms, content: '((name)): ((ref)) on ((date)) at ((time))' },
        { ...anEmail, subject: 'Eich apwyntiad' },
      ],
    });
    const refused = await api(editor).post(`/${set.id}/publish`).expect(400);
    expect(refused.body.errors).toEqual([
      { error: 'ValidationError', field: 'variants.email.cy', message: 'email (cy): missing ((ref))' },
      { error: 'ValidationError', field: 'variants.email.cy', message: 'email (cy): missing ((time))' },
    ]);
    expect((await api(reader).get(`/${set.id}`).expect(200)).body.published_version).toBeNull();
  });

  it('R-LF-3 and R-RT-3: saving refuses a bilingual variant whose Welsh lacks a placeholder, and `read` as success', async () => {
    const refused = await api(editor)
      .post(
        '',
        aSet({
          variants: [
            { ...aLetter, welsh_content: 'Annwyl ((name)).' },
            { ...anSms, success: 'read' },
          ],
        }),
      )
      .expect(400);
    expect(refused.body.errors.map((e: { message: string }) => e.message)).toEqual([
      'sms (en): Herald never tracks email opens or clicks; `read` is only for a citizen inbox',
      'letter (bilingual): the Welsh text lacks ((date))',
    ]);
  });

  it('republishing keeps an unchanged variant’s template version and gives a changed one a new version of the same template', async () => {
    const set = await created();
    const first = (await api(editor).post(`/${set.id}/publish`).expect(201)).body;
    await api(editor)
      .post(`/${set.id}`, aSet({ variants: [anEmail, { ...anSms, content: '((name)): your appointment ((ref)) is on ((date))' }, aLetter] }))
      .expect(200);
    const second = (await api(editor).post(`/${set.id}/publish`).expect(201)).body;
    const pins = (version: { variants: { channel: string; template_id: string; template_version: number }[] }) =>
      Object.fromEntries(version.variants.map((v) => [v.channel, [v.template_id, v.template_version]]));
    expect(pins(second)).toEqual({
      email: pins(first).email,
      sms: [pins(first).sms[0], 2],
      letter: pins(first).letter,
    });
    const audit = await herald.get(AuditRepository).list({ serviceId, action: 'template-set.published', limit: 10 });
    expect(audit.filter((e) => e.subject === set.id).map((e) => e.details)).toEqual([
      { name: 'Appointment', version: 2 },
      { name: 'Appointment', version: 1 },
    ]);
  });

  it('never lists the hidden templates of a published set in the admin or the v2 template API', async () => {
    const set = await created();
    const version = (await api(editor).post(`/${set.id}/publish`).expect(201)).body;
    const hiddenIds: string[] = version.variants.map((v: { template_id: string }) => v.template_id);
    const listed = (await request(herald.baseUrl).get(`/internal/services/${serviceId}/templates`).set('Authorization', editor).expect(200)).body;
    const listedIds = listed.templates.map((t: { id: string }) => t.id);
    expect(hiddenIds.filter((id) => listedIds.includes(id))).toEqual([]);
    await request(herald.baseUrl).get(`/internal/services/${serviceId}/templates/${hiddenIds[0]}`).set('Authorization', editor).expect(404);
    const key = await herald.scenario.anApiKey(serviceId);
    const v2 = (path: string) => request(herald.baseUrl).get(path).set('Authorization', bearerFor(serviceId, key.secret));
    const all = (await v2('/v2/templates').expect(200)).body.templates.map((t: { id: string }) => t.id);
    for (const id of hiddenIds) {
      expect(all).not.toContain(id);
      await v2(`/v2/template/${id}`).expect(404);
    }
  });

  it('needs manage_templates to change or publish, and never shows a set to another service', async () => {
    const set = await created();
    await api(reader).post('', aSet()).expect(403);
    await api(reader).post(`/${set.id}/publish`).expect(403);
    const other = (await herald.scenario.aService()).id;
    const outsider = await sessionOf(other, true);
    await api(outsider, other).get(`/${set.id}`).expect(404);
    await api(outsider, other).post(`/${set.id}/publish`).expect(404);
    expect((await api(outsider, other).get('').expect(200)).body.template_sets).toEqual([]);
    expect((await api(reader).get('').expect(200)).body.template_sets.map((s: { id: string }) => s.id)).toContain(set.id);
  });
});
