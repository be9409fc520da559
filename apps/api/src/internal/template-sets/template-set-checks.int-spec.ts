import request from 'supertest';
import { DataSource } from 'typeorm';
import type { TemplateCheckReport } from '@herald/domain';
import { aTestConfig, HeraldUnderTest } from '@herald/testing';

const anEmail = { channel: 'email', language: 'en', subject: 'Your appointment ((ref))', content: 'Dear ((name)), your appointment is on ((date)).' };
const anSms = { channel: 'sms', language: 'en', content: '((name)): appointment ((ref)) on ((date))' };
const aSet = (variants: object[]) => ({ name: 'Appointment', kind: 'service', label: 'Your appointment', sensitive: false, variants });

/** R-CK: a template set's draft saves with its report; publishing is refused while the report has an error. */
describe('content checks on template sets (internal API)', () => {
  let herald: HeraldUnderTest;
  let serviceId: string;
  let editor: string;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    serviceId = (await herald.scenario.aService()).id;
    const user = await herald.scenario.aUser({ serviceId, permissions: ['manage_templates'] });
    editor = `Bearer ${await herald.scenario.aSession(user.id)}`;
  });
  afterAll(() => herald.stop());

  const post = (path: string, body: object = {}) =>
    request(herald.baseUrl).post(`/internal/services/${serviceId}/template-sets${path}`).set('Authorization', editor).send(body);

  const storedOnDraft = async (setId: string): Promise<TemplateCheckReport> =>
    JSON.parse((await herald.get(DataSource).query('SELECT checks FROM template_sets WHERE id = $1', [setId]))[0].checks);

  it('R-CK-7: a draft with a parity gap saves, with the parity error in its stored report; publishing is refused while the gap remains', async () => {
    const withGap = aSet([anEmail, { ...anSms, content: '((name)): appointment on ((date))' }]);
    const set = (await post('', withGap).expect(201)).body;

    const stored = await storedOnDraft(set.id);
    expect(stored.findings).toContainEqual(expect.objectContaining({ rule: 'parity', severity: 'error', variant: 'sms:en', text: '((ref))' }));
    expect(stored.blocksPublish).toBe(true);
    expect(set.checks).toMatchObject({
      blocks_publish: true,
      findings: expect.arrayContaining([expect.objectContaining({ rule: 'parity', variant: 'sms:en' })]),
    });

    const refused = await post(`/${set.id}/publish`).expect(400);
    expect(refused.body.errors).toContainEqual(expect.objectContaining({ field: 'variants.sms.en', message: expect.stringContaining('((ref))') }));
    const [{ published_version: published }] = await herald.get(DataSource).query('SELECT published_version FROM template_sets WHERE id = $1', [set.id]);
    expect(published).toBeNull();

    await post(`/${set.id}`, aSet([anEmail, anSms])).expect(200);
    expect((await storedOnDraft(set.id)).findings.filter((f) => f.rule === 'parity')).toEqual([]);
    await post(`/${set.id}/publish`).expect(201);
  });

  it('R-CK-2: a variant with vague link text saves as a draft, and publishing is refused naming the variant, the link text and its line', async () => {
    const vague = { ...anEmail, content: 'Dear ((name)), your appointment is on ((date)).\n\n[Read more](https://x.gov.uk) about ((ref)).' };
    const set = (await post('', aSet([vague, anSms])).expect(201)).body;
    expect(set.checks.findings).toContainEqual(
      expect.objectContaining({ rule: 'link-text', severity: 'error', variant: 'email:en', field: 'content', text: 'Read more', line: 3, column: 2 }),
    );

    const refused = await post(`/${set.id}/publish`).expect(400);
    expect(refused.body.errors).toEqual([
      {
        error: 'ValidationError',
        field: 'variants.email.en.content',
        message: expect.stringMatching(/^email \(en\): Link text \(message, line 3, column 2\): The link text "Read more" does not say where the link goes\./),
      },
    ]);
    const [{ n }] = await herald.get(DataSource).query('SELECT COUNT(*) AS n FROM template_set_versions WHERE set_id = $1', [set.id]);
    expect(Number(n)).toBe(0);
  });

  it('R-CK: publishing stores the report on the published version, and warnings never block it', async () => {
    const wordy = { ...anEmail, content: 'Dear ((name)), we will facilitate your appointment on ((date)).' };
    const set = (await post('', aSet([wordy, anSms])).expect(201)).body;
    const version = (await post(`/${set.id}/publish`).expect(201)).body;
    expect(version.checks).toMatchObject({ blocks_publish: false });
    expect(version.checks.findings).toContainEqual(
      expect.objectContaining({ rule: 'words-to-avoid', severity: 'warning', text: 'facilitate', variant: 'email:en' }),
    );

    const [row] = await herald.get(DataSource).query('SELECT checks FROM template_set_versions WHERE set_id = $1 AND version = 1', [set.id]);
    const onVersion: TemplateCheckReport = JSON.parse(row.checks);
    expect(onVersion.findings.map((f) => f.text)).toContain('facilitate');
    // The hidden templates publishing makes are covered by the set's report, not checked again.
    const variantTemplateId = version.variants.find((v: { channel: string }) => v.channel === 'email').template_id;
    const [hidden] = await herald.get(DataSource).query('SELECT checks FROM template_versions WHERE template_id = $1', [variantTemplateId]);
    expect(hidden.checks).toBeNull();
  });
});
