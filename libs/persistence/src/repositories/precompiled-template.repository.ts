import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TemplateVersionEntity } from '../entities/template-version.entity';
import { TemplateEntity } from '../entities/template.entity';

const NAME = 'Pre-compiled PDF';

/**
 * The hidden per-service template that precompiled letters are stored against (docs/api-contract.md §12.4).
 * Its id is derived from the service id, so two first uploads at once still make only one.
 */
@Injectable()
export class PrecompiledTemplateRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findOrCreate(serviceId: string): Promise<{ id: string; version: number }> {
    const id = precompiledTemplateId(serviceId);
    const existing = await this.dataSource.getRepository(TemplateVersionEntity).findOneBy({ templateId: id, serviceId, version: 1 });
    if (existing) return { id, version: 1 };
    const fields = {
      serviceId,
      name: NAME,
      templateType: 'letter' as const,
      subject: NAME,
      content: '',
      version: 1,
      archived: false,
      hidden: true,
      postage: 'second',
      letterContactBlock: null,
      createdById: null,
      createdAt: new Date(),
    };
    // Both inserts ignore a row that is already there, so a race (or a retry after a crash between them) is harmless.
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(TemplateEntity)
      .values({ ...fields, id, updatedAt: null })
      .orIgnore()
      .execute();
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(TemplateVersionEntity)
      .values({ ...fields, templateId: id })
      .orIgnore()
      .execute();
    return { id, version: 1 };
  }
}

function precompiledTemplateId(serviceId: string): string {
  const hex = createHash('sha256').update(`herald-precompiled-letter:${serviceId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
