import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, Repository } from 'typeorm';
import type { TemplateFolder } from '@herald/domain';
import { TemplateFolderEntity } from '../entities/template-folder.entity';
import { TemplateEntity } from '../entities/template.entity';

export type FolderDeletion = 'deleted' | 'not-empty' | 'not-found';

/** A service's template folders. Every method takes the service id: another service's folder is not found. */
@Injectable()
export class TemplateFolderRepository {
  private readonly folders: Repository<TemplateFolderEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.folders = dataSource.getRepository(TemplateFolderEntity);
  }

  async create(serviceId: string, name: string, parentId: string | null): Promise<TemplateFolder> {
    const folder: TemplateFolderEntity = { id: randomUUID(), serviceId, name, parentId, createdAt: new Date() };
    await this.folders.insert(folder);
    return folder;
  }

  async find(serviceId: string, folderId: string): Promise<TemplateFolder | null> {
    return this.folders.findOneBy({ id: folderId, serviceId });
  }

  /** Every folder of the service, by name. */
  async list(serviceId: string): Promise<TemplateFolder[]> {
    return this.folders.find({ where: { serviceId }, order: { name: 'ASC' } });
  }

  async rename(serviceId: string, folderId: string, name: string): Promise<boolean> {
    const result = await this.folders.update({ id: folderId, serviceId }, { name });
    return (result.affected ?? 0) === 1;
  }

  /**
   * Deletes a folder that holds no folders and no live templates. Archived templates in it move
   * to the top level, so no template points at a folder that is gone.
   */
  async deleteIfEmpty(serviceId: string, folderId: string): Promise<FolderDeletion> {
    return this.dataSource.transaction(async (tx) => {
      const folder = await tx.findOneBy(TemplateFolderEntity, { id: folderId, serviceId });
      if (!folder) return 'not-found';
      const children = await tx.countBy(TemplateFolderEntity, { serviceId, parentId: folderId });
      const templates = await tx.countBy(TemplateEntity, { serviceId, folderId, archived: false, hidden: false });
      if (children > 0 || templates > 0) return 'not-empty';
      await tx.update(TemplateEntity, { serviceId, folderId }, { folderId: null });
      await tx.delete(TemplateFolderEntity, { id: folderId, serviceId });
      return 'deleted';
    });
  }

  /** Folders directly inside `parentId` (null: the top level). */
  async children(serviceId: string, parentId: string | null): Promise<TemplateFolder[]> {
    return this.folders.find({ where: { serviceId, parentId: parentId ?? IsNull() }, order: { name: 'ASC' } });
  }
}
