import { Injectable } from '@nestjs/common';
import {
  checkLetterContactBlock,
  InvalidFieldsError,
  NotFoundError,
  TemplateCheckReport,
  templateTypeOf,
  TemplateType,
  TemplateVersion,
  validTemplateFields,
} from '@herald/domain';
import { AuditRepository, ServiceRepository, TemplateFolderRepository, TemplateListItem, TemplateRepository } from '@herald/persistence';
import type { Actor } from '../actor';
import { blockingProblems, checkTemplateText, fieldText } from '../checks/template-checks';
import { ChangeRefusedError } from '../errors/change-refused.error';
import { existingService } from '../services/service-lookup';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A template's fields as typed (checked whole, as a form is); the contact block is for letters. */
export interface TemplateFieldsRequest {
  readonly name?: unknown;
  readonly subject?: unknown;
  readonly content?: unknown;
  readonly postage?: unknown;
  readonly letterContactBlock?: string;
}

export interface NewTemplateRequest extends TemplateFieldsRequest {
  readonly type?: unknown;
  /** null, undefined or '' is the top level. */
  readonly folderId?: unknown;
}

/** R-CK: a template's current version and the checks' report on it. */
export interface TemplateChecks {
  readonly template: TemplateVersion;
  readonly report: TemplateCheckReport;
}

/**
 * A service's templates: created, changed (each change a new version), archived, listed. Each new
 * version is checked first (R-CK): a saved version is live at once, so a report with an error
 * refuses the save, one field problem per error; otherwise the report is stored with the version.
 */
@Injectable()
export class TemplateAdministration {
  constructor(
    private readonly templates: TemplateRepository,
    private readonly folders: TemplateFolderRepository,
    private readonly services: ServiceRepository,
    private readonly audit: AuditRepository,
  ) {}

  async list(serviceId: string, options: { includeArchived?: boolean } = {}): Promise<TemplateListItem[]> {
    await existingService(this.services, serviceId);
    return this.templates.listForAdmin(serviceId, { includeArchived: options.includeArchived === true });
  }

  /** The current version; a hidden template (a precompiled letter's) is not found either. */
  async find(serviceId: string, templateId: string): Promise<TemplateVersion> {
    await existingService(this.services, serviceId);
    const template = UUID.test(templateId) ? await this.templates.findCurrent(serviceId, templateId.toLowerCase()) : null;
    if (!template || template.hidden) throw new NotFoundError('Template', templateId);
    return template;
  }

  /** Every version of a template, newest first. */
  async versions(serviceId: string, templateId: string): Promise<TemplateVersion[]> {
    const current = await this.find(serviceId, templateId);
    return this.templates.listVersions(serviceId, current.id);
  }

  async create(actor: Actor, serviceId: string, request: NewTemplateRequest): Promise<TemplateVersion> {
    await existingService(this.services, serviceId);
    const type = templateTypeOf({ type: request.type });
    const fields = validTemplateFields(type, formOf(request));
    const folderId = await this.folderFor(serviceId, request.folderId);
    const letterContactBlock = checkedContactBlock(request.letterContactBlock) ?? null;
    const checks = await this.passingChecks(serviceId, { ...fields, type });
    const created = await this.templates.create(serviceId, { ...fields, type, letterContactBlock, checks, createdById: actor.id, folderId });
    await this.audit.record({ userId: actor.id, serviceId, action: 'template.created', subject: created.id, details: { name: created.name, type } });
    return created;
  }

  /** Saves the fields as a new version; refused for an archived ("deleted") template. */
  async update(actor: Actor, serviceId: string, templateId: string, request: TemplateFieldsRequest): Promise<TemplateVersion> {
    const current = await this.find(serviceId, templateId);
    if (current.archived) throw new ChangeRefusedError('Template has been deleted');
    const fields = validTemplateFields(current.type, formOf(request));
    const letterContactBlock = checkedContactBlock(request.letterContactBlock);
    const checks = await this.passingChecks(serviceId, { ...fields, type: current.type });
    const updated = await this.templates.update(serviceId, current.id, {
      ...fields,
      checks,
      ...(letterContactBlock !== undefined ? { letterContactBlock } : {}),
      createdById: actor.id,
    });
    if (!updated) throw new NotFoundError('Template', templateId);
    await this.audit.record({
      userId: actor.id,
      serviceId,
      action: 'template.updated',
      subject: current.id,
      details: { name: updated.name, version: updated.version },
    });
    return updated;
  }

  /** A new version marked archived: hidden from lists, refused by the public API. Archiving twice changes nothing. */
  async archive(actor: Actor, serviceId: string, templateId: string): Promise<TemplateVersion> {
    const current = await this.find(serviceId, templateId);
    if (current.archived) return current;
    const archived = await this.templates.update(serviceId, current.id, { archived: true, createdById: actor.id });
    if (!archived) throw new NotFoundError('Template', templateId);
    await this.audit.record({ userId: actor.id, serviceId, action: 'template.archived', subject: current.id, details: { name: current.name } });
    return archived;
  }

  /** "Copy of …" in the same folder, as a new template. */
  async copy(actor: Actor, serviceId: string, templateId: string): Promise<TemplateVersion> {
    const original = await this.find(serviceId, templateId);
    if (original.archived) throw new ChangeRefusedError('Template has been deleted');
    const checks = await this.passingChecks(serviceId, original);
    const copy = await this.templates.create(serviceId, {
      name: `Copy of ${original.name}`.slice(0, 255),
      type: original.type,
      subject: original.subject,
      content: original.content,
      postage: original.postage,
      letterContactBlock: original.letterContactBlock,
      checks,
      createdById: actor.id,
      folderId: (await this.templates.folderOf(serviceId, original.id)) ?? null,
    });
    await this.audit.record({
      userId: actor.id,
      serviceId,
      action: 'template.copied',
      subject: copy.id,
      details: { name: copy.name, copiedFrom: original.id },
    });
    return copy;
  }

  /** R-CK: the current version and its report. */
  async checks(serviceId: string, templateId: string): Promise<TemplateChecks> {
    const template = await this.find(serviceId, templateId);
    return { template, report: await this.reportOn(serviceId, template) };
  }

  /** R-CK: the report stored with a version; one made now, not stored, for a version saved before checks ran. */
  async reportOn(serviceId: string, template: TemplateVersion): Promise<TemplateCheckReport> {
    const stored = await this.templates.findChecks(serviceId, template.id, template.version);
    return stored ?? (await checkTemplateText(this.services, serviceId, template));
  }

  /** Templates into a folder (null: the top level); ids that are not UUIDs are left out. */
  async move(actor: Actor, serviceId: string, templateIds: unknown, folderId: unknown): Promise<number> {
    const ids = Array.isArray(templateIds) ? templateIds.filter((id): id is string => typeof id === 'string' && UUID.test(id)) : [];
    if (ids.length === 0) throw new InvalidFieldsError([{ field: 'template_ids', message: 'Select at least one template to move' }]);
    const folder = await this.folderFor(serviceId, folderId);
    const moved = await this.templates.moveToFolder(
      serviceId,
      ids.map((id) => id.toLowerCase()),
      folder,
    );
    if (moved === 0) throw new NotFoundError('Template', ids.join(', '));
    await this.audit.record({ userId: actor.id, serviceId, action: 'template.moved', subject: folder, details: { templateIds: ids, folderId: folder } });
    return moved;
  }

  /** R-CK: the report to store with a new version, or InvalidFieldsError naming each error finding. */
  private async passingChecks(serviceId: string, text: { type: TemplateType; subject: string | null; content: string }): Promise<TemplateCheckReport> {
    const report = await checkTemplateText(this.services, serviceId, text);
    if (!report.blocksPublish) return report;
    const problems = blockingProblems(report, (finding) => ({ field: finding.field ?? 'content', text: fieldText(text, finding) }));
    throw new InvalidFieldsError(problems);
  }

  /** Another service's folder is a field problem, as an unknown one is. */
  private async folderFor(serviceId: string, value: unknown): Promise<string | null> {
    if (value === undefined || value === null || value === '') return null;
    const folder = typeof value === 'string' && UUID.test(value) ? await this.folders.find(serviceId, value.toLowerCase()) : null;
    if (!folder) throw new InvalidFieldsError([{ field: 'folder_id', message: 'Select a folder' }]);
    return folder.id;
  }
}

const formOf = (request: TemplateFieldsRequest) => ({ name: request.name, subject: request.subject, content: request.content, postage: request.postage });

/** Checked as a service's contact blocks are; placeholders are allowed. */
function checkedContactBlock(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const checked = checkLetterContactBlock(raw);
  if (!checked.ok) throw new InvalidFieldsError([{ field: 'letter_contact_block', message: checked.message }]);
  return checked.value;
}
