import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import type { TemplateType } from '@herald/domain';
import { TemplateVersionEntity } from '../entities/template-version.entity';
import { TemplateEntity } from '../entities/template.entity';
import { UserEntity } from '../entities/user.entity';

/** One version of a template, as pinned on a notification. */
export interface TemplateVersion {
  readonly id: string;
  readonly serviceId: string;
  readonly name: string;
  readonly type: TemplateType;
  readonly subject: string | null;
  readonly content: string;
  readonly version: number;
  readonly archived: boolean;
  readonly hidden: boolean;
  readonly postage: string | null;
  readonly letterContactBlock: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date | null;
  readonly createdByEmail: string | null;
}

export interface TemplateFieldsInput {
  readonly name: string;
  readonly type: TemplateType;
  readonly subject: string | null;
  readonly content: string;
  readonly postage?: string | null;
  readonly letterContactBlock?: string | null;
  readonly createdById?: string | null;
}

export type TemplateChanges = Partial<Pick<TemplateFieldsInput, 'name' | 'subject' | 'content' | 'postage' | 'letterContactBlock'>> & {
  readonly archived?: boolean;
  readonly createdById?: string | null;
};

/** Templates and their immutable versions: every change writes a new version. */
@Injectable()
export class TemplateRepository {
  private readonly templates: Repository<TemplateEntity>;
  private readonly versions: Repository<TemplateVersionEntity>;

  constructor(private readonly dataSource: DataSource) {
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
      hidden: false,
      postage: input.postage ?? null,
      letterContactBlock: input.letterContactBlock ?? null,
      createdById: input.createdById ?? null,
      createdAt: now,
    };
    const id = randomUUID();
    await this.dataSource.transaction(async (tx) => {
      await tx.insert(TemplateEntity, { ...fields, id, updatedAt: null });
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
      const next: TemplateEntity = {
        ...current,
        ...definedOnly(changes),
        version: current.version + 1,
        createdAt: now,
        updatedAt: now,
      };
      const result = await tx.update(TemplateEntity, { id: templateId, serviceId, version: current.version }, { ...definedOnly(changes), version: next.version, updatedAt: now });
      if ((result.affected ?? 0) !== 1) throw new Error(`Template ${templateId} changed while it was being updated; try again`);
      const { id, updatedAt, ...versionFields } = next;
      void updatedAt;
      await tx.insert(TemplateVersionEntity, { ...versionFields, templateId: id });
      return next.version;
    });
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

  /** Current versions of visible, unarchived templates, by name then type. */
  async listCurrent(serviceId: string, type?: TemplateType): Promise<TemplateVersion[]> {
    const rows = await this.templates.find({
      where: { serviceId, hidden: false, archived: false, ...(type ? { templateType: type } : {}) },
      order: { name: 'ASC', templateType: 'ASC' },
    });
    return Promise.all(rows.map(async (row) => toTemplateVersion({ ...row, templateId: row.id }, row, await this.emailOf(row.createdById))));
  }

  private async emailOf(userId: string | null): Promise<string | null> {
    if (!userId) return null;
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: userId });
    return user?.emailAddress ?? null;
  }
}

function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function toTemplateVersion(
  row: TemplateVersionEntity,
  dates: { createdAt: Date; updatedAt: Date | null },
  createdByEmail: string | null,
): TemplateVersion {
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
    createdAt: dates.createdAt,
    updatedAt: dates.updatedAt,
    createdByEmail,
  };
}
