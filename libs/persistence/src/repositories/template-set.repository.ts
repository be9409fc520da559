import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, Repository } from 'typeorm';
import type { PublishedVariant, TemplateCheckReport, TemplateSet, TemplateSetDraft, TemplateSetVariant, TemplateSetVersion } from '@herald/domain';
import { TemplateSetVersionEntity } from '../entities/template-set-version.entity';
import { TemplateSetEntity } from '../entities/template-set.entity';

/**
 * Template sets: the draft the admin edits, and immutable published versions that pin each
 * variant's hidden template (id and version). Every method is scoped to one service.
 */
@Injectable()
export class TemplateSetRepository {
  private readonly sets: Repository<TemplateSetEntity>;
  private readonly versions: Repository<TemplateSetVersionEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.sets = dataSource.getRepository(TemplateSetEntity);
    this.versions = dataSource.getRepository(TemplateSetVersionEntity);
  }

  /** `checks`: R-CK, the checks' report on the draft. */
  async create(serviceId: string, draft: TemplateSetDraft, createdById: string | null, checks: TemplateCheckReport | null = null): Promise<TemplateSet> {
    const entity: TemplateSetEntity = {
      id: randomUUID(),
      serviceId,
      ...draftColumns(draft),
      publishedVersion: null,
      archived: false,
      checks: reportColumn(checks),
      createdById,
      createdAt: new Date(),
      updatedAt: null,
    };
    await this.sets.insert(entity);
    return toTemplateSet(entity);
  }

  /** Replaces the draft and its checks' report; published versions are untouched. Null when the set is not this service's. */
  async updateDraft(serviceId: string, id: string, draft: TemplateSetDraft, checks: TemplateCheckReport | null = null): Promise<TemplateSet | null> {
    const result = await this.sets.update({ id, serviceId }, { ...draftColumns(draft), checks: reportColumn(checks), updatedAt: new Date() });
    return (result.affected ?? 0) === 1 ? this.findById(serviceId, id) : null;
  }

  async findById(serviceId: string, id: string): Promise<TemplateSet | null> {
    const entity = await this.sets.findOneBy({ id, serviceId });
    return entity ? toTemplateSet(entity) : null;
  }

  /** The service's unarchived sets, by name. */
  async list(serviceId: string): Promise<TemplateSet[]> {
    const rows = await this.sets.find({ where: { serviceId, archived: false }, order: { name: 'ASC', createdAt: 'ASC' } });
    return rows.map(toTemplateSet);
  }

  /**
   * Publishes the draft's name, kind, label and flag with these (materialised) variants as the next
   * version, and makes it the one messages use, in one transaction. `basedOn` is the published
   * version the caller saw (default: the one read here): if another publish came first, nothing is
   * written. `checks` (R-CK), the report the publish was checked with, is stored on the version and
   * the draft; without it the version keeps the draft's report. Null when the set is not this
   * service's or another publish came first.
   */
  async publish(
    serviceId: string,
    id: string,
    variants: readonly PublishedVariant[],
    createdById: string | null,
    basedOn?: number | null,
    checks?: TemplateCheckReport | null,
  ): Promise<TemplateSetVersion | null> {
    return this.dataSource.transaction(async (tx) => {
      const set = await tx.findOneBy(TemplateSetEntity, { id, serviceId });
      if (!set) return null;
      const previous = basedOn === undefined ? set.publishedVersion : basedOn;
      const version = (previous ?? 0) + 1;
      // Conditional on the version the caller saw: of two concurrent publishes, the second changes no row.
      const report = checks === undefined ? set.checks : reportColumn(checks);
      const claimed = await tx.update(
        TemplateSetEntity,
        { id, serviceId, publishedVersion: previous ?? IsNull() },
        { publishedVersion: version, checks: report },
      );
      if ((claimed.affected ?? 0) !== 1) return null;
      const row: TemplateSetVersionEntity = {
        setId: id,
        version,
        serviceId,
        name: set.name,
        kind: set.kind,
        label: set.label,
        sensitive: set.sensitive,
        variants: JSON.stringify(variants.map(publishedColumns)),
        checks: report,
        createdById,
        createdAt: new Date(),
      };
      await tx.insert(TemplateSetVersionEntity, row);
      return toVersion(row);
    });
  }

  async findVersion(serviceId: string, setId: string, version: number): Promise<TemplateSetVersion | null> {
    const row = await this.versions.findOneBy({ setId, serviceId, version });
    return row ? toVersion(row) : null;
  }

  /** The version messages use now; null until the set is first published. */
  async findPublished(serviceId: string, setId: string): Promise<TemplateSetVersion | null> {
    const set = await this.sets.findOneBy({ id: setId, serviceId });
    return set?.publishedVersion ? this.findVersion(serviceId, setId, set.publishedVersion) : null;
  }
}

function draftColumns(draft: TemplateSetDraft): Pick<TemplateSetEntity, 'name' | 'kind' | 'label' | 'sensitive' | 'variants'> {
  return { name: draft.name, kind: draft.kind, label: draft.label, sensitive: draft.sensitive, variants: JSON.stringify(draft.variants.map(variantColumns)) };
}

/** Only the variant's own fields reach the JSON, whatever else the object carries. */
function variantColumns(v: TemplateSetVariant): TemplateSetVariant {
  return { channel: v.channel, language: v.language, subject: v.subject, content: v.content, welshSubject: v.welshSubject, welshContent: v.welshContent };
}

function publishedColumns(v: PublishedVariant): PublishedVariant {
  const alert = v.alertTemplateId ? { alertTemplateId: v.alertTemplateId, alertTemplateVersion: v.alertTemplateVersion } : {};
  return { ...variantColumns(v), templateId: v.templateId, templateVersion: v.templateVersion, ...alert };
}

const reportColumn = (checks: TemplateCheckReport | null): string | null => (checks ? JSON.stringify(checks) : null);
const reportOf = (column: string | null): TemplateCheckReport | null => (column ? (JSON.parse(column) as TemplateCheckReport) : null);

function toTemplateSet(row: TemplateSetEntity): TemplateSet {
  return {
    id: row.id,
    serviceId: row.serviceId,
    name: row.name,
    kind: row.kind,
    label: row.label,
    sensitive: row.sensitive,
    variants: JSON.parse(row.variants) as TemplateSetVariant[],
    publishedVersion: row.publishedVersion,
    archived: row.archived,
    checks: reportOf(row.checks),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function toVersion(row: TemplateSetVersionEntity): TemplateSetVersion {
  return {
    setId: row.setId,
    serviceId: row.serviceId,
    version: row.version,
    name: row.name,
    kind: row.kind,
    label: row.label,
    sensitive: row.sensitive,
    variants: JSON.parse(row.variants) as PublishedVariant[],
    checks: reportOf(row.checks),
    createdById: row.createdById,
    createdAt: row.createdAt,
  };
}
