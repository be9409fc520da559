import { Injectable } from '@nestjs/common';
import type { TemplateListView, TemplateView } from '@herald/contracts';
import { badRequest, fieldErrors, noResultFound, templateTypeOf, validTemplateFields } from '@herald/domain';
import { AuditRepository, TemplateFolderRepository, TemplateRepository, TemplateVersion } from '@herald/persistence';
import type { SignedInUser } from '../auth/signed-in-user';
import { folderJson, folderPath, summaryJson, templateJson } from './template.presenter';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A service's templates for its team: list by folder, create, edit (a new version each time), copy, archive, move. */
@Injectable()
export class TemplatesService {
  constructor(
    private readonly templates: TemplateRepository,
    private readonly folders: TemplateFolderRepository,
    private readonly audit: AuditRepository,
  ) {}

  async list(serviceId: string, folderId: string | undefined): Promise<TemplateListView> {
    const allFolders = await this.folders.list(serviceId);
    const folder = folderId ? allFolders.find((f) => f.id === folderId.toLowerCase()) : undefined;
    if (folderId && !folder) throw noResultFound();
    const current = folder?.id ?? null;
    const templates = (await this.templates.listForAdmin(serviceId)).filter((t) => t.folderId === current);
    return {
      folder: folder ? folderJson(folder) : null,
      breadcrumbs: folderPath(allFolders, folder?.parentId ?? null),
      folders: allFolders.filter((f) => f.parentId === current).map(folderJson),
      templates: templates.map(summaryJson),
      all_folders: allFolders.map(folderJson),
    };
  }

  async get(serviceId: string, templateId: string): Promise<TemplateView> {
    return this.view(serviceId, await this.find(serviceId, templateId));
  }

  async create(user: SignedInUser, serviceId: string, body: Record<string, unknown>): Promise<TemplateView> {
    const type = templateTypeOf(body);
    const fields = validTemplateFields(type, body);
    const folderId = await this.folderFor(serviceId, body.folder_id);
    const created = await this.templates.create(serviceId, { ...fields, type, createdById: user.id, folderId });
    await this.audit.record({ userId: user.id, serviceId, action: 'template.created', subject: created.id, details: { name: created.name, type } });
    return this.view(serviceId, created);
  }

  /** Saves the fields as a new version; refused for a deleted (archived) template. */
  async update(user: SignedInUser, serviceId: string, templateId: string, body: Record<string, unknown>): Promise<TemplateView> {
    const current = await this.find(serviceId, templateId);
    if (current.archived) throw badRequest('Template has been deleted');
    const fields = validTemplateFields(current.type, body);
    const updated = await this.templates.update(serviceId, current.id, { ...fields, createdById: user.id });
    if (!updated) throw noResultFound();
    await this.audit.record({ userId: user.id, serviceId, action: 'template.updated', subject: current.id, details: { name: updated.name, version: updated.version } });
    return this.view(serviceId, updated);
  }

  async copy(user: SignedInUser, serviceId: string, templateId: string): Promise<TemplateView> {
    const original = await this.find(serviceId, templateId);
    if (original.archived) throw badRequest('Template has been deleted');
    const copy = await this.templates.create(serviceId, {
      name: `Copy of ${original.name}`.slice(0, 255), type: original.type, subject: original.subject, content: original.content,
      postage: original.postage, letterContactBlock: original.letterContactBlock, createdById: user.id,
      folderId: (await this.templates.folderOf(serviceId, original.id)) ?? null,
    });
    await this.audit.record({ userId: user.id, serviceId, action: 'template.copied', subject: copy.id, details: { name: copy.name, copiedFrom: original.id } });
    return this.view(serviceId, copy);
  }

  /** Hidden from lists and refused by the public API from now on ("Template has been deleted"). */
  async archive(user: SignedInUser, serviceId: string, templateId: string): Promise<TemplateView> {
    const current = await this.find(serviceId, templateId);
    if (current.archived) return this.view(serviceId, current);
    const archived = await this.templates.update(serviceId, current.id, { archived: true, createdById: user.id });
    if (!archived) throw noResultFound();
    await this.audit.record({ userId: user.id, serviceId, action: 'template.archived', subject: current.id, details: { name: current.name } });
    return this.view(serviceId, archived);
  }

  async move(user: SignedInUser, serviceId: string, body: Record<string, unknown>): Promise<{ moved: number }> {
    const ids = Array.isArray(body.template_ids) ? body.template_ids.filter((id): id is string => typeof id === 'string' && UUID.test(id)) : [];
    if (ids.length === 0) throw fieldErrors([{ field: 'template_ids', message: 'Select at least one template to move' }]);
    const folderId = await this.folderFor(serviceId, body.folder_id);
    const moved = await this.templates.moveToFolder(serviceId, ids.map((id) => id.toLowerCase()), folderId);
    if (moved === 0) throw noResultFound();
    await this.audit.record({ userId: user.id, serviceId, action: 'template.moved', subject: folderId, details: { templateIds: ids, folderId } });
    return { moved };
  }

  async find(serviceId: string, templateId: string): Promise<TemplateVersion> {
    const template = UUID.test(templateId) ? await this.templates.findCurrent(serviceId, templateId.toLowerCase()) : null;
    if (!template || template.hidden) throw noResultFound();
    return template;
  }

  async view(serviceId: string, template: TemplateVersion): Promise<TemplateView> {
    const folderId = (await this.templates.folderOf(serviceId, template.id)) ?? null;
    return templateJson(template, folderId, folderPath(await this.folders.list(serviceId), folderId));
  }

  /** A folder id from a request body: null or '' is the top level; another service's folder is a field problem. */
  private async folderFor(serviceId: string, value: unknown): Promise<string | null> {
    if (value === undefined || value === null || value === '') return null;
    const folder = typeof value === 'string' && UUID.test(value) ? await this.folders.find(serviceId, value.toLowerCase()) : null;
    if (!folder) throw fieldErrors([{ field: 'folder_id', message: 'Select a folder' }]);
    return folder.id;
  }
}
