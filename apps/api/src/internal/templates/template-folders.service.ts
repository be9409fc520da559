import { Injectable } from '@nestjs/common';
import type { TemplateFolderView } from '@herald/contracts';
import { TemplateFolder } from '@herald/domain';
import { AuditRepository, TemplateFolderRepository } from '@herald/persistence';
import { fieldErrors, noResultFound } from '../../errors/notify-error';
import type { SignedInUser } from '../auth/signed-in-user';
import { folderJson } from './template.presenter';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_NAME_LENGTH = 255;

/** Template folders: create (optionally inside another), rename, delete when empty. */
@Injectable()
export class TemplateFoldersService {
  constructor(
    private readonly folders: TemplateFolderRepository,
    private readonly audit: AuditRepository,
  ) {}

  async create(user: SignedInUser, serviceId: string, body: Record<string, unknown>): Promise<TemplateFolderView> {
    const name = validName(body.name);
    const parentId =
      body.parent_id === undefined || body.parent_id === null || body.parent_id === '' ? null : (await this.findOrFieldError(serviceId, body.parent_id)).id;
    const folder = await this.folders.create(serviceId, name, parentId);
    await this.audit.record({ userId: user.id, serviceId, action: 'folder.created', subject: folder.id, details: { name, parentId } });
    return folderJson(folder);
  }

  async rename(user: SignedInUser, serviceId: string, folderId: string, body: Record<string, unknown>): Promise<TemplateFolderView> {
    const folder = await this.find(serviceId, folderId);
    const name = validName(body.name);
    await this.folders.rename(serviceId, folder.id, name);
    await this.audit.record({ userId: user.id, serviceId, action: 'folder.renamed', subject: folder.id, details: { from: folder.name, to: name } });
    return folderJson({ ...folder, name });
  }

  async delete(user: SignedInUser, serviceId: string, folderId: string): Promise<void> {
    const folder = await this.find(serviceId, folderId);
    const outcome = await this.folders.deleteIfEmpty(serviceId, folder.id);
    if (outcome === 'not-found') throw noResultFound();
    if (outcome === 'not-empty') throw fieldErrors([{ field: 'folder', message: 'You can only delete an empty folder: move or delete what is in it first' }]);
    await this.audit.record({ userId: user.id, serviceId, action: 'folder.deleted', subject: folder.id, details: { name: folder.name } });
  }

  private async find(serviceId: string, folderId: string): Promise<TemplateFolder> {
    const folder = UUID.test(folderId) ? await this.folders.find(serviceId, folderId.toLowerCase()) : null;
    if (!folder) throw noResultFound();
    return folder;
  }

  private async findOrFieldError(serviceId: string, value: unknown): Promise<TemplateFolder> {
    const folder = typeof value === 'string' && UUID.test(value) ? await this.folders.find(serviceId, value.toLowerCase()) : null;
    if (!folder) throw fieldErrors([{ field: 'parent_id', message: 'Select a folder' }]);
    return folder;
  }
}

function validName(value: unknown): string {
  const name = typeof value === 'string' ? value.trim() : '';
  if (!name) throw fieldErrors([{ field: 'name', message: 'Enter a name for the folder' }]);
  if (name.length > MAX_NAME_LENGTH) throw fieldErrors([{ field: 'name', message: `Folder name must be ${MAX_NAME_LENGTH} characters or fewer` }]);
  return name;
}
