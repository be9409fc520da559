import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { TemplateCheckReport } from '@herald/domain';
import { AuditRepository } from '@herald/persistence';
import { aTestConfig, HeraldUnderTest } from '@herald/testing';

/** R-CK: every saved template version is checked; the report is stored on the version, and an error refuses the save. */
describe('content checks on saving a template (internal API)', () => {
  let herald: HeraldUnderTest;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
  });
  afterAll(() => herald.stop());

  /** A service of its own (its rules are its own) and an editor who may also change its settings. */
  async function aServiceWithEditor(): Promise<{ serviceId: string; session: string }> {
    const serviceId = (await herald.scenario.aService()).id;
    const editor = await herald.scenario.aUser({ serviceId, permissions: ['manage_templates', 'manage_service'] });
    return { serviceId, session: `Bearer ${await herald.scenario.aSession(editor.id)}` };
  }

  const post = (session: string, path: string, body: object) => request(herald.baseUrl).post(`/internal${path}`).set('Authorization', session).send(body);
  const put = (session: string, path: string, body: object) => request(herald.baseUrl).put(`/internal${path}`).set('Authorization', session).send(body);
  const anEmail = (content: string) => ({ type: 'email', name: `Checked ${randomUUID().slice(0, 6)}`, subject: 'Your application', content });

  /** The report as stored in the database, on the version row and on the template row that mirrors the current version. */
  async function storedReports(templateId: string, version: number): Promise<{ onVersion: TemplateCheckReport; onTemplate: TemplateCheckReport }> {
    const db = herald.get(DataSource);
    const [versionRow] = await db.query('SELECT checks FROM template_versions WHERE template_id = $1 AND version = $2', [templateId, version]);
    const [templateRow] = await db.query('SELECT checks FROM templates WHERE id = $1', [templateId]);
    return { onVersion: JSON.parse(versionRow.checks), onTemplate: JSON.parse(templateRow.checks) };
  }

  const templatesOf = async (serviceId: string): Promise<number> =>
    Number((await herald.get(DataSource).query('SELECT COUNT(*) AS n FROM templates WHERE service_id = $1', [serviceId]))[0].n);

  it('R-CK-1: saving "We will facilitate…" stores a report with the `facilitate` finding on the version row, and shows it with its position', async () => {
    const { serviceId, session } = await aServiceWithEditor();
    const created = await post(session, `/services/${serviceId}/templates`, anEmail('Hello ((name)),\n\nWe will facilitate your application.')).expect(201);

    const { onVersion, onTemplate } = await storedReports(created.body.id, 1);
    const facilitate = onVersion.findings.filter((f) => f.rule === 'words-to-avoid');
    expect(facilitate).toEqual([expect.objectContaining({ severity: 'warning', field: 'content', text: 'facilitate', start: 25, end: 35 })]);
    expect(facilitate[0].suggestion).toEqual(expect.any(String));
    expect(onVersion.blocksPublish).toBe(false);
    expect(onTemplate).toEqual(onVersion);
    expect(created.body.checks.findings).toContainEqual(expect.objectContaining({ rule: 'words-to-avoid', text: 'facilitate', line: 3, column: 9 }));
  });

  it('R-CK-1: each edit stores the report of its own version', async () => {
    const { serviceId, session } = await aServiceWithEditor();
    const created = await post(session, `/services/${serviceId}/templates`, anEmail('We will facilitate your application.')).expect(201);
    const edited = await post(session, `/services/${serviceId}/templates/${created.body.id}`, anEmail('We will help with your application.')).expect(200);
    expect(edited.body.version).toBe(2);
    const [first, second] = [await storedReports(created.body.id, 1), await storedReports(created.body.id, 2)];
    expect(first.onVersion.findings.map((f) => f.text)).toContain('facilitate');
    expect(second.onVersion.findings.map((f) => f.text)).not.toContain('facilitate');
    expect(second.onTemplate).toEqual(second.onVersion);
  });

  it('R-CK-2: with Herald’s default rules, `[Click here](https://x.gov.uk)` is refused with a 400 naming the link text, and nothing is stored', async () => {
    const { serviceId, session } = await aServiceWithEditor();
    const refused = await post(session, `/services/${serviceId}/templates`, anEmail('To apply, [Click here](https://x.gov.uk).')).expect(400);
    expect(refused.body.status_code).toBe(400);
    expect(refused.body.errors).toEqual([
      {
        error: 'ValidationError',
        field: 'content',
        message: expect.stringMatching(/^Link text \(message, line 1, column 12\): The link text "Click here" does not say where the link goes\. .+/),
      },
    ]);
    expect(await templatesOf(serviceId)).toBe(0);
    expect(await herald.get(AuditRepository).list({ serviceId, action: 'template.created', limit: 5 })).toEqual([]);
  });

  it('R-CK-2: an edit that adds such a link is refused and leaves the live version as it was', async () => {
    const { serviceId, session } = await aServiceWithEditor();
    const created = await post(session, `/services/${serviceId}/templates`, anEmail('[Apply for a licence](https://x.gov.uk)')).expect(201);
    const refused = await post(session, `/services/${serviceId}/templates/${created.body.id}`, anEmail('[Read more](https://x.gov.uk)')).expect(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'content', message: expect.stringContaining('"Read more"') });
    const [{ version }] = await herald.get(DataSource).query('SELECT version FROM templates WHERE id = $1', [created.body.id]);
    expect(version).toBe(1);
  });

  it('R-CK-2: with link text set to `warning` for the service, the same template saves, its report holding the warning', async () => {
    const { serviceId, session } = await aServiceWithEditor();
    const rules = await put(session, `/services/${serviceId}/settings/check-rules`, { rules: { 'link-text': 'warning' } }).expect(200);
    expect(rules.body.rules).toContainEqual({
      rule: 'link-text',
      name: 'Link text',
      description: expect.any(String),
      severity: 'warning',
      default_severity: 'error',
    });
    const saved = await post(session, `/services/${serviceId}/templates`, anEmail('To apply, [Click here](https://x.gov.uk).')).expect(201);
    const { onVersion } = await storedReports(saved.body.id, 1);
    expect(onVersion.findings).toContainEqual(expect.objectContaining({ rule: 'link-text', severity: 'warning', text: 'Click here' }));
    expect(onVersion.blocksPublish).toBe(false);
  });

  it('R-CK-2: a copy is a new template, checked with the rules of today: refused when the original no longer passes them', async () => {
    const { serviceId, session } = await aServiceWithEditor();
    await put(session, `/services/${serviceId}/settings/check-rules`, { rules: { 'link-text': 'warning' } }).expect(200);
    const original = await post(session, `/services/${serviceId}/templates`, anEmail('[More](https://x.gov.uk)')).expect(201);
    await put(session, `/services/${serviceId}/settings/check-rules`, { rules: { 'link-text': 'error' } }).expect(200);
    const refused = await post(session, `/services/${serviceId}/templates/${original.body.id}/copy`, {}).expect(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'content', message: expect.stringContaining('"More"') });
    expect(await templatesOf(serviceId)).toBe(1);
  });

  it('R-CK: a rule set to `off` is not checked at all', async () => {
    const { serviceId, session } = await aServiceWithEditor();
    await put(session, `/services/${serviceId}/settings/check-rules`, { rules: { 'words-to-avoid': 'off' } }).expect(200);
    const saved = await post(session, `/services/${serviceId}/templates`, anEmail('We will facilitate your application.')).expect(201);
    expect((await storedReports(saved.body.id, 1)).onVersion.findings.filter((f) => f.rule === 'words-to-avoid')).toEqual([]);
  });

  it('R-CK: check rules are changed only by a member with manage_service, checked, and audited', async () => {
    const { serviceId, session } = await aServiceWithEditor();
    const writer = await herald.scenario.aUser({ serviceId, permissions: ['manage_templates'] });
    await put(`Bearer ${await herald.scenario.aSession(writer.id)}`, `/services/${serviceId}/settings/check-rules`, { rules: { parity: 'off' } }).expect(403);
    const refused = await put(session, `/services/${serviceId}/settings/check-rules`, { rules: { 'link-text': 'loud', 'no-such-check': 'off' } }).expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['link-text', 'no-such-check']);
    await put(session, `/services/${serviceId}/settings/check-rules`, { rules: { 'sentence-length': 'error' } }).expect(200);
    const [event] = await herald.get(AuditRepository).list({ serviceId, action: 'check-rules.updated', limit: 5 });
    expect(event.details).toEqual({ changed: { 'sentence-length': { from: 'warning', to: 'error' } } });
    const [{ check_rules: stored }] = await herald.get(DataSource).query('SELECT check_rules FROM services WHERE id = $1', [serviceId]);
    expect(JSON.parse(stored)).toEqual({ 'sentence-length': 'error' });
  });
});
