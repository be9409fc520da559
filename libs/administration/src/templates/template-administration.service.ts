import { Injectable } from '@nestjs/common';
import { checkLetterContactBlock, InvalidFieldsError, NotFoundError, templateTypeOf, TemplateVersion, validTemplateFields } from '@herald/domain';
import { AuditRepository, ServiceRepository, TemplateFolderRepository, TemplateListItem, TemplateRepository } from '@herald/persistence';
import type { Actor } from '../actor';
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

/** A service's templates: created, changed (each change a new version), archived, listed. */
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
    const created = await this.templates.create(serviceId, { ...fields, type, letterContactBlock, createdById: actor.id, folderId });
    await this.audit.record({ userId: actor.id, serviceId, action: 'template.created', subject: created.id, details: { name: created.name, type } });
    return created;
  }

  /** Saves the fields as a new version; refused for an archived ("deleted") template. */
  async update(actor: Actor, serviceId: string, templateId: string, request: TemplateFieldsRequest): Promise<TemplateVersion> {
    const current = await this.find(serviceId, templateId);
    if (current.archived) throw new ChangeRefusedError('Template has been deleted');
    const fields = validTemplateFields(current.type, formOf(request));
    const letterContactBlock = checkedContactBlock(request.letterContactBlock);
    const updated = await this.templates.update(serviceId, current.id, {
      ...fields,
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
    const copy = await this.templates.create(serviceId, {
      name: `Copy of ${original.name}`.slice(0, 255),
      type: original.type,
      subject: original.subject,
      content: original.content,
      postage: original.postage,
      letterContactBlock: original.letterContactBlock,
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
