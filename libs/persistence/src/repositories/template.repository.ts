import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, Repository } from 'typeorm';
import type { TemplateChanges, TemplateCheckReport, TemplateFieldsInput, TemplateType, TemplateVersion } from '@herald/domain';
import { TemplateVersionEntity } from '../entities/template-version.entity';
import { TemplateEntity } from '../entities/template.entity';
import { UserEntity } from '../entities/user.entity';
import { SettingsChanges } from '../settings/settings-changes';

/** A live template as the admin lists it: current version's fields and its folder. */
export interface TemplateListItem {
  readonly id: string;
  readonly name: string;
  readonly type: TemplateType;
  readonly folderId: string | null;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date | null;
  readonly archived: boolean;
}

/** Templates and their immutable versions: every change writes a new version. */
@Injectable()
export class TemplateRepository {
  private readonly templates: Repository<TemplateEntity>;
  private readonly versions: Repository<TemplateVersionEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly changes: SettingsChanges,
  ) {
    this.templates = dataSource.getRepository(TemplateEntity);
    this.versions = dataSource.getRepository(TemplateVersionEntity);
  }

  async create(serviceId: string, input: TemplateFieldsInput): Promise<TemplateVersion> {
    const now = new Date();
    const fields = {
      serviceId,
      name: input.name,
      templateType: input.type,
      subject: input.subject,
      content: input.content,
      version: 1,
      archived: false,
      hidden: input.hidden ?? false,
      postage: input.postage ?? null,
      letterContactBlock: input.letterContactBlock ?? null,
      language: input.language ?? null,
      welshSubject: input.welshSubject ?? null,
      welshContent: input.welshContent ?? null,
      checks: input.checks ? JSON.stringify(input.checks) : null,
      createdById: input.createdById ?? null,
      createdAt: now,
    };
    const id = randomUUID();
    await this.dataSource.transaction(async (tx) => {
      await tx.insert(TemplateEntity, { ...fields, id, updatedAt: null, folderId: input.folderId ?? null });
      await tx.insert(TemplateVersionEntity, { ...fields, templateId: id });
    });
    return (await this.findVersion(serviceId, id, 1))!;
  }

  /** Applies changes as a new version. Returns null when the template is not this service's. */
  async update(serviceId: string, templateId: string, changes: TemplateChanges): Promise<TemplateVersion | null> {
    const updated = await this.dataSource.transaction(async (tx) => {
      const current = await tx.findOneBy(TemplateEntity, { id: templateId, serviceId });
      if (!current) return null;
      const now = new Date();
      const columns = changedColumns(changes);
      const next: TemplateEntity = {
        ...current,
        ...columns,
        version: current.version + 1,
        createdAt: now,
        updatedAt: now,
      };
      const result = await tx.update(
        TemplateEntity,
        { id: templateId, serviceId, version: current.version },
        { ...columns, version: next.version, updatedAt: now },
      );
      if ((result.affected ?? 0) !== 1) throw new Error(`Template ${templateId} changed while it was being updated; try again`);
      const { id, updatedAt, folderId, ...versionFields } = next;
      void updatedAt;
      void folderId;
      await tx.insert(TemplateVersionEntity, { ...versionFields, templateId: id });
      return next.version;
    });
    // Every process drops the version it cached as current (an edit, or archiving the template).
    await this.changes.announce({ kind: 'templates', serviceId });
    return updated === null ? null : this.findVersion(serviceId, templateId, updated);
  }

  async findCurrent(serviceId: string, templateId: string): Promise<TemplateVersion | null> {
    const entity = await this.templates.findOneBy({ id: templateId, serviceId });
    return entity ? this.findVersion(serviceId, templateId, entity.version) : null;
  }

  async findVersion(serviceId: string, templateId: string, version: number): Promise<TemplateVersion | null> {
    const row = await this.versions.findOneBy({ templateId, serviceId, version });
    if (!row) return null;
    const template = await this.templates.findOneBy({ id: templateId, serviceId });
    // As Notify's template history: created_at is the template's, updated_at when this version was made.
    const dates = { createdAt: template?.createdAt ?? row.createdAt, updatedAt: row.version > 1 ? row.createdAt : null };
    return toTemplateVersion(row, dates, await this.emailOf(row.createdById));
  }

  /** R-CK: the checks' report stored on a version (null when the version was saved unchecked); undefined when there is no such version. */
  async findChecks(serviceId: string, templateId: string, version: number): Promise<TemplateCheckReport | null | undefined> {
    const row = await this.versions.findOne({ where: { templateId, serviceId, version }, select: { templateId: true, version: true, checks: true } });
    if (!row) return undefined;
    return row.checks ? (JSON.parse(row.checks) as TemplateCheckReport) : null;
  }

  /** Current versions of visible, unarchived templates, by name then type. */
  async listCurrent(serviceId: string, type?: TemplateType): Promise<TemplateVersion[]> {
    const rows = await this.templates.find({
      where: { serviceId, hidden: false, archived: false, ...(type ? { templateType: type } : {}) },
      order: { name: 'ASC', templateType: 'ASC' },
    });
    return Promise.all(rows.map(async (row) => toTemplateVersion({ ...row, templateId: row.id }, row, await this.emailOf(row.createdById))));
  }

  /** Live (unarchived, visible) templates of the service with their folders, by name; archived ones too when asked (`herald template list --archived`). */
  async listForAdmin(serviceId: string, options: { includeArchived?: boolean } = {}): Promise<TemplateListItem[]> {
    const where = { serviceId, hidden: false, ...(options.includeArchived ? {} : { archived: false }) };
    const rows = await this.templates.find({ where, order: { name: 'ASC', templateType: 'ASC' } });
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      type: row.templateType,
      folderId: row.folderId,
      version: row.version,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      archived: row.archived,
    }));
  }

  /** The template's folder, or undefined when the template is not this service's. */
  async folderOf(serviceId: string, templateId: string): Promise<string | null | undefined> {
    const row = await this.templates.findOne({ where: { id: templateId, serviceId }, select: { id: true, folderId: true } });
    return row ? row.folderId : undefined;
  }

  /** Moves live templates of this service into a folder (null: the top level). Returns how many moved. */
  async moveToFolder(serviceId: string, templateIds: readonly string[], folderId: string | null): Promise<number> {
    if (templateIds.length === 0) return 0;
    const result = await this.templates.update({ serviceId, id: In([...templateIds]), archived: false }, { folderId: folderId ?? null });
    return result.affected ?? 0;
  }

  /** Every version of a template, newest first; empty when the template is not this service's. */
  async listVersions(serviceId: string, templateId: string): Promise<TemplateVersion[]> {
    const template = await this.templates.findOneBy({ id: templateId, serviceId });
    if (!template) return [];
    // Raw rows: the entity loader would fold rows sharing a template id into one.
    const raw = await this.versions
      .createQueryBuilder('v')
      .select([
        'v.template_id AS "templateId"',
        'v.version AS "version"',
        'v.name AS "name"',
        'v.template_type AS "templateType"',
        'v.subject AS "subject"',
        'v.content AS "content"',
        'v.archived AS "archived"',
        'v.hidden AS "hidden"',
        'v.postage AS "postage"',
        'v.letter_contact_block AS "letterContactBlock"',
        'v.created_by_id AS "createdById"',
        'v.created_at AS "createdAt"',
        'v.service_id AS "serviceId"',
      ])
      .where('v.template_id = :templateId AND v.service_id = :serviceId', { templateId, serviceId })
      .orderBy('v.version', 'DESC')
      .getRawMany<Record<string, unknown>>();
    const rows = raw.map(versionRowOf);
    const emails = new Map<string, string | null>();
    for (const id of new Set(rows.map((r) => r.createdById).filter((v): v is string => v !== null))) emails.set(id, await this.emailOf(id));
    return rows.map((row) =>
      toTemplateVersion(row, { createdAt: template.createdAt, updatedAt: row.version > 1 ? row.createdAt : null }, emails.get(row.createdById ?? '') ?? null),
    );
  }

  /** How many live templates sit at the top level or in a folder. */
  async countInFolder(serviceId: string, folderId: string | null): Promise<number> {
    return this.templates.countBy({ serviceId, folderId: folderId ?? IsNull(), archived: false, hidden: false });
  }

  private async emailOf(userId: string | null): Promise<string | null> {
    if (!userId) return null;
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: userId });
    return user?.emailAddress ?? null;
  }
}

/** The changed columns: the ones given, with the checks' report as its JSON. */
function changedColumns(changes: TemplateChanges): Partial<TemplateEntity> {
  const { checks, ...fields } = changes;
  const given = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<TemplateEntity>;
  return checks === undefined ? given : { ...given, checks: checks ? JSON.stringify(checks) : null };
}

/** A raw template_versions row (booleans and dates as each database returns them) as the entity. */
function versionRowOf(raw: Record<string, unknown>): TemplateVersionEntity {
  const bool = (value: unknown): boolean => value === true || value === 1 || value === '1';
  return Object.assign(new TemplateVersionEntity(), {
    ...raw,
    version: Number(raw.version),
    archived: bool(raw.archived),
    hidden: bool(raw.hidden),
    createdAt:
      raw.createdAt instanceof Date ? raw.createdAt : new Date(String(raw.createdAt).replace(' ', 'T') + (String(raw.createdAt).endsWith('Z') ? '' : 'Z')),
  });
}

function toTemplateVersion(row: TemplateVersionEntity, dates: { createdAt: Date; updatedAt: Date | null }, createdByEmail: string | null): TemplateVersion {
  return {
    id: row.templateId,
    serviceId: row.serviceId,
    name: row.name,
    type: row.templateType,
    subject: row.subject,
    content: row.content,
    version: row.version,
    archived: row.archived,
    hidden: row.hidden,
    postage: row.postage,
    letterContactBlock: row.letterContactBlock,
    language: row.language,
    welshSubject: row.welshSubject,
    welshContent: row.welshContent,
    createdAt: dates.createdAt,
    updatedAt: dates.updatedAt,
    createdByEmail,
  };
}
