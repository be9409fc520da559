import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { TemplateAdministration, TemplateSetAdministration } from '@herald/administration';
import { aTestConfig, bearerFor, HeraldUnderTest, TestApiKey } from '@herald/testing';

/** R-CK: `GET /herald/v1/templates/{id}/checks` and `/template-sets/{id}/checks`, with the service's API key. */
describe('content check reports (public API)', () => {
  let herald: HeraldUnderTest;
  let serviceId: string;
  let key: TestApiKey;
  let otherKey: TestApiKey;
  let author: { id: string; name: string };

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    serviceId = (await herald.scenario.aService()).id;
    key = await herald.scenario.anApiKey(serviceId);
    const otherServiceId = (await herald.scenario.aService()).id;
    otherKey = await herald.scenario.anApiKey(otherServiceId);
    author = await herald.scenario.aUser({ serviceId, name: 'Checks Author' });
  });
  afterAll(() => herald.stop());

  const get = (path: string, as: TestApiKey = key) => request(herald.baseUrl).get(path).set('Authorization', bearerFor(as.serviceId, as.secret));

  /** Saved as the admin and the CLI save it, so the report is the one stored with the version. */
  const aTemplate = (content: string) =>
    herald
      .get(TemplateAdministration)
      .create(author, serviceId, { type: 'email', name: `Checked ${randomUUID().slice(0, 6)}`, subject: 'Your application', content });

  it('R-CK: returns the report stored with the current version, in snake_case with each finding’s line and column', async () => {
    const template = await aTemplate('Hello ((name)),\n\nWe will facilitate your application.');
    const [row] = await herald.get(DataSource).query('SELECT checks FROM template_versions WHERE template_id = $1 AND version = 1', [template.id]);
    const stored = JSON.parse(row.checks);

    const answer = (await get(`/herald/v1/templates/${template.id}/checks`).expect(200)).body;
    expect(answer).toMatchObject({ template_id: template.id, version: 1, checked_at: stored.checkedAt, blocks_publish: false, letter_pages: null });
    expect(answer.findings).toHaveLength(stored.findings.length);
    expect(answer.findings).toContainEqual({
      rule: 'words-to-avoid',
      severity: 'warning',
      field: 'content',
      start: 25,
      end: 35,
      line: 3,
      column: 9,
      text: 'facilitate',
      message: expect.stringContaining('facilitate'),
      suggestion: expect.any(String),
      sentence: null,
      variant: null,
    });
    expect(answer.readability).toEqual({
      flesch_reading_ease: stored.readability.fleschReadingEase,
      smog_grade: stored.readability.smogGrade,
      reading_age: stored.readability.readingAge,
      target_age: 9,
      not_scored: [],
    });
  });

  it('R-CK: follows the template to its newest version', async () => {
    const template = await aTemplate('We will facilitate your application.');
    await herald
      .get(TemplateAdministration)
      .update(author, serviceId, template.id, { name: template.name, subject: 'Your application', content: 'We will help.' });
    const answer = (await get(`/herald/v1/templates/${template.id}/checks`).expect(200)).body;
    expect(answer.version).toBe(2);
    expect(answer.findings.map((f: { text: string }) => f.text)).not.toContain('facilitate');
  });

  it('R-CK: another service’s key, an unknown template and a set’s hidden variant template are not found, in Notify’s format', async () => {
    const template = await aTemplate('We will help with your application.');
    const notFound = { status_code: 404, errors: [{ error: 'NoResultFound', message: 'No result found' }] };
    expect((await get(`/herald/v1/templates/${template.id}/checks`, otherKey).expect(404)).body).toEqual(notFound);
    expect((await get(`/herald/v1/templates/${randomUUID()}/checks`).expect(404)).body).toEqual(notFound);
    expect((await get('/herald/v1/templates/not-a-uuid/checks').expect(400)).body.errors).toEqual([
      { error: 'ValidationError', message: 'id is not a valid UUID' },
    ]);
    await request(herald.baseUrl).get(`/herald/v1/templates/${template.id}/checks`).expect(401);
  });

  it('R-CK: a template set’s checks: the draft’s report, and the published version’s once published; another service’s key gets 404', async () => {
    const sets = herald.get(TemplateSetAdministration);
    const email = {
      channel: 'email',
      language: 'en',
      subject: 'Your appointment ((ref))',
      content: 'Dear ((name)), we will facilitate your appointment ((ref)).',
    };
    const welsh = { channel: 'email', language: 'cy', subject: 'Eich apwyntiad ((ref))', content: 'Annwyl ((name)), dyma eich apwyntiad ((ref)).' };
    const set = await sets.create(author, serviceId, {
      name: 'Appointment',
      kind: 'service',
      label: 'Appointments',
      sensitive: false,
      variants: [email, welsh],
    });

    const draft = (await get(`/herald/v1/template-sets/${set.id}/checks`).expect(200)).body;
    expect(draft).toMatchObject({ template_set_id: set.id, published: null, draft: { blocks_publish: false } });
    expect(draft.draft.findings).toContainEqual(
      expect.objectContaining({ rule: 'words-to-avoid', text: 'facilitate', variant: 'email:en', line: 1, column: 24 }),
    );
    expect(draft.draft.readability.not_scored).toEqual(['cy']);

    const version = await sets.publish(author, serviceId, set.id);
    const published = (await get(`/herald/v1/template-sets/${set.id}/checks`).expect(200)).body;
    expect(published.published).toMatchObject({ version: 1, blocks_publish: false, checked_at: version.checks?.checkedAt });
    // The hidden template behind a variant is not a template of the API's.
    await get(`/herald/v1/templates/${version.variants[0].templateId}/checks`).expect(404);
    await get(`/herald/v1/template-sets/${set.id}/checks`, otherKey).expect(404);
  });
});
