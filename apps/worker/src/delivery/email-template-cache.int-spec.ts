import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { ServiceRepository, TemplateRepository } from '@herald/persistence';
import { EmailRenderer } from '@herald/templating';
import { aTestConfig, openPersistence } from '@herald/testing';
import { EmailTemplateCache } from './email-template-cache';

/** Template versions compiled once per worker, on PostgreSQL. */
describe('EmailTemplateCache', () => {
  let app: INestApplicationContext;
  let templates: TemplateRepository;
  let serviceId: string;
  let otherServiceId: string;

  beforeAll(async () => {
    app = await openPersistence(await aTestConfig());
    templates = app.get(TemplateRepository);
    const services = app.get(ServiceRepository);
    serviceId = (await services.create({ name: `Cache ${randomUUID()}`, restricted: true })).id;
    otherServiceId = (await services.create({ name: `Cache other ${randomUUID()}`, restricted: true })).id;
  });
  afterAll(() => app.close());

  const aCacheCountingReads = () => {
    const reads = jest.spyOn(templates, 'findVersion');
    reads.mockClear();
    return { cache: new EmailTemplateCache(templates), reads };
  };
  afterEach(() => jest.restoreAllMocks());

  it('reads and compiles a version once for all the emails sent from it, however many ask at once', async () => {
    const template = await templates.create(serviceId, { name: 'Reminder', type: 'email', subject: 'Hi ((name))', content: 'Dear ((name))' });
    const { cache, reads } = aCacheCountingReads();
    const compiled = await Promise.all(Array.from({ length: 10 }, () => cache.get(serviceId, template.id, 1)));
    expect(await cache.get(serviceId, template.id, 1)).toBe(compiled[0]);
    expect(new Set(compiled).size).toBe(1);
    expect(reads).toHaveBeenCalledTimes(1);
    const email = new EmailRenderer().renderCompiled(compiled[0]!, { personalisation: { name: 'Jo' }, serviceName: 'Passport Office' });
    expect(email.subject).toBe('Hi Jo');
  });

  it('keeps each version apart: an edit makes a new version, and the old one is still sent as it was', async () => {
    const template = await templates.create(serviceId, { name: 'Edited', type: 'email', subject: 'First', content: 'One' });
    const { cache } = aCacheCountingReads();
    expect((await cache.get(serviceId, template.id, 1))?.subject.source).toBe('First');
    await templates.update(serviceId, template.id, { subject: 'Second' });
    expect((await cache.get(serviceId, template.id, 2))?.subject.source).toBe('Second');
    expect((await cache.get(serviceId, template.id, 1))?.subject.source).toBe('First');
  });

  it('finds a version only for its own service', async () => {
    const template = await templates.create(serviceId, { name: 'Private', type: 'email', subject: 'S', content: 'B' });
    const { cache } = aCacheCountingReads();
    expect(await cache.get(serviceId, template.id, 1)).not.toBeNull();
    expect(await cache.get(otherServiceId, template.id, 1)).toBeNull();
  });

  it('does not keep a version it did not find, so it is found once it exists', async () => {
    const template = await templates.create(serviceId, { name: 'Later', type: 'email', subject: 'S', content: 'B' });
    const { cache } = aCacheCountingReads();
    expect(await cache.get(serviceId, template.id, 2)).toBeNull();
    await templates.update(serviceId, template.id, { content: 'B2' });
    expect((await cache.get(serviceId, template.id, 2))?.content.source).toBe('B2');
  });
});
