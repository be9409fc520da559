import { Injectable } from '@nestjs/common';
import { TemplateAdministration } from '@herald/administration';
import type { TemplateListView, TemplateView } from '@herald/contracts';
import type { TemplateVersion } from '@herald/domain';
import { TemplateFolderRepository, TemplateRepository } from '@herald/persistence';
import { checkReportJson, templateText } from '../../checks/check-report-json';
import { noResultFound } from '../../errors/notify-error';
import type { SignedInUser } from '../auth/signed-in-user';
import { folderJson, folderPath, summaryJson, templateJson } from './template.presenter';

/**
 * A service's templates for its team, listed by folder; created, edited (a new version each time),
 * copied, moved and archived through TemplateAdministration, as the CLI does.
 */
@Injectable()
export class TemplatesService {
  constructor(
    private readonly administration: TemplateAdministration,
    private readonly templates: TemplateRepository,
    private readonly folders: TemplateFolderRepository,
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
    const created = await this.administration.create(user, serviceId, {
      type: body.type,
      name: body.name,
      subject: body.subject,
      content: body.content,
      postage: body.postage,
      folderId: body.folder_id,
    });
    return this.view(serviceId, created);
  }

  /** Saves the fields as a new version; refused for a deleted (archived) template. */
  async update(user: SignedInUser, serviceId: string, templateId: string, body: Record<string, unknown>): Promise<TemplateView> {
    const updated = await this.administration.update(user, serviceId, templateId, {
      name: body.name,
      subject: body.subject,
      content: body.content,
      postage: body.postage,
    });
    return this.view(serviceId, updated);
  }

  async copy(user: SignedInUser, serviceId: string, templateId: string): Promise<TemplateView> {
    return this.view(serviceId, await this.administration.copy(user, serviceId, templateId));
  }

  /** Hidden from lists and refused by the public API from now on ("Template has been deleted"). */
  async archive(user: SignedInUser, serviceId: string, templateId: string): Promise<TemplateView> {
    return this.view(serviceId, await this.administration.archive(user, serviceId, templateId));
  }

  async move(user: SignedInUser, serviceId: string, body: Record<string, unknown>): Promise<{ moved: number }> {
    return { moved: await this.administration.move(user, serviceId, body.template_ids, body.folder_id) };
  }

  find(serviceId: string, templateId: string): Promise<TemplateVersion> {
    return this.administration.find(serviceId, templateId);
  }

  async view(serviceId: string, template: TemplateVersion): Promise<TemplateView> {
    const folderId = (await this.templates.folderOf(serviceId, template.id)) ?? null;
    const checks = checkReportJson(await this.administration.reportOn(serviceId, template), templateText(template));
    return templateJson(template, folderId, folderPath(await this.folders.list(serviceId), folderId), checks);
  }
}
