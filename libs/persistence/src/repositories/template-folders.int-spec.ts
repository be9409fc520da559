import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { BOTH_DATABASES, openPersistence } from '@herald/testing';
import { ServiceRepository } from './service.repository';
import { TemplateFolderRepository } from './template-folder.repository';
import { TemplateRepository } from './template.repository';

describe.each(BOTH_DATABASES)('template folders on %s', (_name, makeConfig) => {
  let app: INestApplicationContext;
  let serviceId: string;
  let otherServiceId: string;
  let folders: TemplateFolderRepository;
  let templates: TemplateRepository;

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    const services = app.get(ServiceRepository);
    serviceId = (await services.create({ name: `Folders ${randomUUID()}`, restricted: true })).id;
    otherServiceId = (await services.create({ name: `Folders other ${randomUUID()}`, restricted: true })).id;
    folders = app.get(TemplateFolderRepository);
    templates = app.get(TemplateRepository);
  });
  afterAll(() => app.close());

  const anEmailTemplate = (service: string, folderId: string | null = null) =>
    templates.create(service, { name: `Reminder ${randomUUID().slice(0, 6)}`, type: 'email', subject: 'Hello', content: 'Body', folderId });

  it('nests folders and finds them only in their own service', async () => {
    const parent = await folders.create(serviceId, 'Renewals', null);
    const child = await folders.create(serviceId, 'Reminders', parent.id);
    expect((await folders.children(serviceId, parent.id)).map((f) => f.id)).toEqual([child.id]);
    expect(await folders.find(otherServiceId, parent.id)).toBeNull();
    expect(await folders.rename(otherServiceId, parent.id, 'Stolen')).toBe(false);
    expect(await folders.rename(serviceId, parent.id, 'Passport renewals')).toBe(true);
    expect((await folders.find(serviceId, parent.id))?.name).toBe('Passport renewals');
  });

  it("creates a template in a folder and moves templates between folders, never another service's", async () => {
    const folder = await folders.create(serviceId, 'Letters', null);
    const template = await anEmailTemplate(serviceId, folder.id);
    expect(await templates.folderOf(serviceId, template.id)).toBe(folder.id);
    const other = await anEmailTemplate(otherServiceId);
    expect(await templates.moveToFolder(serviceId, [template.id, other.id], null)).toBe(1);
    expect(await templates.folderOf(serviceId, template.id)).toBeNull();
    expect(await templates.folderOf(otherServiceId, other.id)).toBeNull();
    expect(await templates.folderOf(serviceId, other.id)).toBeUndefined();
  });

  it('keeps the folder when a template gets a new version', async () => {
    const folder = await folders.create(serviceId, 'Versioned', null);
    const template = await anEmailTemplate(serviceId, folder.id);
    await templates.update(serviceId, template.id, { content: 'New body' });
    expect(await templates.folderOf(serviceId, template.id)).toBe(folder.id);
    expect((await templates.listForAdmin(serviceId)).find((t) => t.id === template.id)).toMatchObject({ folderId: folder.id, version: 2 });
  });

  it('deletes a folder only when it is empty; archived templates in it move to the top level', async () => {
    const folder = await folders.create(serviceId, 'Soon gone', null);
    const child = await folders.create(serviceId, 'Inner', folder.id);
    const template = await anEmailTemplate(serviceId, folder.id);
    expect(await folders.deleteIfEmpty(serviceId, folder.id)).toBe('not-empty');
    expect(await folders.deleteIfEmpty(serviceId, child.id)).toBe('deleted');
    expect(await folders.deleteIfEmpty(serviceId, folder.id)).toBe('not-empty');
    await templates.update(serviceId, template.id, { archived: true });
    expect(await folders.deleteIfEmpty(otherServiceId, folder.id)).toBe('not-found');
    expect(await folders.deleteIfEmpty(serviceId, folder.id)).toBe('deleted');
    expect(await templates.folderOf(serviceId, template.id)).toBeNull();
  });

  it('lists every version of a template newest first, with who made it, only for its own service', async () => {
    const template = await anEmailTemplate(serviceId);
    await templates.update(serviceId, template.id, { content: 'Second' });
    await templates.update(serviceId, template.id, { subject: 'Third' });
    const versions = await templates.listVersions(serviceId, template.id);
    expect(versions.map((v) => [v.version, v.content, v.subject])).toEqual([
      [3, 'Second', 'Third'],
      [2, 'Second', 'Hello'],
      [1, 'Body', 'Hello'],
    ]);
    expect(Math.abs(versions[0].updatedAt!.getTime() - Date.now())).toBeLessThan(60_000);
    expect(await templates.listVersions(otherServiceId, template.id)).toEqual([]);
  });
});
