import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { formErrorsOf } from '../forms/form-errors';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { RequiresPermission } from '../permissions/requires-permission.decorator';

interface FolderForm {
  readonly name?: string;
  readonly parent_id?: string;
}

/** Template folders: a folder's page, creating, renaming and deleting (when empty) folders. */
@RequiresPermission('manage_templates')
@Controller('services/:serviceId/templates/folders')
export class TemplateFoldersController {
  @Get('new')
  newForm(@Res() reply: AdminReply, @Query('parent') parent?: string) {
    return reply.view('templates/folder-form.njk', { values: { parent_id: parent ?? '' }, creating: true });
  }

  @Post('new')
  async create(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Body() form: FolderForm) {
    try {
      const folder = await request.apiClient.templates.createFolder(serviceId, form.name ?? '', form.parent_id || null);
      return reply.redirect(`/services/${encodeURIComponent(serviceId)}/templates/folders/${folder.id}?done=folder-created`, 303);
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      return reply.code(400).view('templates/folder-form.njk', { values: form, errors, creating: true });
    }
  }

  @Get(':folderId')
  @RequiresPermission('view_dashboard')
  async show(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('folderId') folderId: string,
    @Query('done') done?: string,
  ) {
    const list = await request.apiClient.templates.list(serviceId, folderId);
    return reply.view('templates/list.njk', { list, done });
  }

  @Get(':folderId/rename')
  async renameForm(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('folderId') folderId: string) {
    const { folder } = await request.apiClient.templates.list(serviceId, folderId);
    return reply.view('templates/folder-form.njk', { folder, values: folder });
  }

  @Post(':folderId/rename')
  async rename(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('folderId') folderId: string,
    @Body() form: FolderForm,
  ) {
    try {
      await request.apiClient.templates.renameFolder(serviceId, folderId, form.name ?? '');
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      const { folder } = await request.apiClient.templates.list(serviceId, folderId);
      return reply.code(400).view('templates/folder-form.njk', { folder, values: form, errors });
    }
    return reply.redirect(`/services/${encodeURIComponent(serviceId)}/templates/folders/${encodeURIComponent(folderId)}?done=folder-renamed`, 303);
  }

  @Get(':folderId/delete')
  async deleteForm(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('folderId') folderId: string) {
    const list = await request.apiClient.templates.list(serviceId, folderId);
    return reply.view('templates/delete-folder.njk', { list, folder: list.folder });
  }

  @Post(':folderId/delete')
  async delete(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('folderId') folderId: string) {
    const list = await request.apiClient.templates.list(serviceId, folderId);
    try {
      await request.apiClient.templates.deleteFolder(serviceId, folderId);
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      return reply.code(400).view('templates/delete-folder.njk', {
        list,
        folder: list.folder,
        errors: { ...errors, list: errors.list.map((e) => ({ ...e, href: '#delete-folder' })) },
      });
    }
    const parent = list.folder?.parent_id ? `/folders/${list.folder.parent_id}` : '';
    return reply.redirect(`/services/${encodeURIComponent(serviceId)}/templates${parent}?done=folder-deleted`, 303);
  }
}
