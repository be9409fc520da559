import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import type { PublishedVariant, TemplateSetDraft } from '@herald/domain';
import { BOTH_DATABASES, openPersistence } from '@herald/testing';
import { ServiceRepository } from './service.repository';
import { TemplateSetRepository } from './template-set.repository';

const aDraft = (fields: Partial<TemplateSetDraft> = {}): TemplateSetDraft => ({
  name: `Appointment ${randomUUID().slice(0, 6)}`,
  kind: 'statutory',
  label: 'Your appointment',
  sensitive: true,
  variants: [{ channel: 'sms', language: 'cy', subject: null, content: 'Apwyntiad ((ref))', welshSubject: null, welshContent: null }],
  ...fields,
});

const published = (templateVersion: number, content = 'Apwyntiad ((ref))'): PublishedVariant => ({
  channel: 'sms',
  language: 'cy',
  subject: null,
  content,
  welshSubject: null,
  welshContent: null,
  templateId: '00000000-0000-4000-8000-000000000001',
  templateVersion,
});

describe.each(BOTH_DATABASES)('template sets on %s', (databaseName, makeConfig) => {
  let app: INestApplicationContext;
  let serviceId: string;
  let otherServiceId: string;
  let sets: TemplateSetRepository;

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    const services = app.get(ServiceRepository);
    serviceId = (await services.create({ name: `Sets ${randomUUID()}`, restricted: true })).id;
    otherServiceId = (await services.create({ name: `Sets other ${randomUUID()}`, restricted: true })).id;
    sets = app.get(TemplateSetRepository);
  });
  afterAll(() => app.close());

  it('saves a draft and replaces it, keeping its variants as given', async () => {
    const created = await sets.create(serviceId, aDraft({ name: 'A first' }), null);
    expect(created).toMatchObject({ serviceId, kind: 'statutory', sensitive: true, publishedVersion: null, updatedAt: null });
    const updated = await sets.updateDraft(serviceId, created.id, aDraft({ name: 'A renamed', kind: 'optional', sensitive: false }));
    expect(updated).toMatchObject({ name: 'A renamed', kind: 'optional', sensitive: false, variants: aDraft().variants });
    expect(updated?.updatedAt).toBeInstanceOf(Date);
    expect((await sets.list(serviceId)).map((s) => s.id)).toContain(created.id);
  });

  it('publishes numbered versions that pin their templates, and the latest is the one messages use', async () => {
    const set = await sets.create(serviceId, aDraft(), null);
    expect(await sets.findPublished(serviceId, set.id)).toBeNull();
    const first = await sets.publish(serviceId, set.id, [published(1)], null);
    await sets.updateDraft(serviceId, set.id, aDraft({ name: 'Renamed', variants: [published(2, 'Newydd ((ref))')] }));
    const second = await sets.publish(serviceId, set.id, [published(2, 'Newydd ((ref))')], null);
    expect([first?.version, second?.version]).toEqual([1, 2]);
    expect(second).toMatchObject({ name: 'Renamed', variants: [published(2, 'Newydd ((ref))')] });
    expect((await sets.findVersion(serviceId, set.id, 1))?.variants).toEqual([published(1)]);
    expect((await sets.findPublished(serviceId, set.id))?.version).toBe(2);
    expect((await sets.findById(serviceId, set.id))?.publishedVersion).toBe(2);
  });

  it('refuses a publish based on a version another publish has already replaced', async () => {
    const set = await sets.create(serviceId, aDraft(), null);
    await sets.publish(serviceId, set.id, [published(1)], null, null);
    expect(await sets.publish(serviceId, set.id, [published(2)], null, null)).toBeNull();
    expect((await sets.findPublished(serviceId, set.id))?.variants).toEqual([published(1)]);
    expect(await sets.findVersion(serviceId, set.id, 2)).toBeNull();
  });

  // SQLite's single connection cannot hold two transactions at once: there, publishes queue anyway.
  const onPostgres = databaseName === 'PostgreSQL' ? it : it.skip;
  onPostgres('lets only one of two simultaneous publishes of the same version through', async () => {
    const set = await sets.create(serviceId, aDraft(), null);
    // Both publish from the unpublished draft they read (basedOn null), whichever runs first.
    const results = await Promise.all([
      sets.publish(serviceId, set.id, [published(1)], null, null),
      sets.publish(serviceId, set.id, [published(2)], null, null),
    ]);
    expect(results.filter((r) => r !== null).map((r) => r?.version)).toEqual([1]);
    expect((await sets.findById(serviceId, set.id))?.publishedVersion).toBe(1);
  });

  it('never shows a set or its versions to another service', async () => {
    const set = await sets.create(serviceId, aDraft(), null);
    await sets.publish(serviceId, set.id, [published(1)], null);
    expect(await sets.findById(otherServiceId, set.id)).toBeNull();
    expect((await sets.list(otherServiceId)).map((s) => s.id)).not.toContain(set.id);
    expect(await sets.updateDraft(otherServiceId, set.id, aDraft({ name: 'Stolen' }))).toBeNull();
    expect(await sets.publish(otherServiceId, set.id, [published(9)], null)).toBeNull();
    expect(await sets.findVersion(otherServiceId, set.id, 1)).toBeNull();
    expect(await sets.findPublished(otherServiceId, set.id)).toBeNull();
    expect((await sets.findById(serviceId, set.id))?.publishedVersion).toBe(1);
  });
});
