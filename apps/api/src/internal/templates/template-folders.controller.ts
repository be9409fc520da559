import { Delete, HttpCode, Param, Post } from '@nestjs/common';
import { CurrentUser, InternalController, RequirePermission } from '../auth/internal-auth.decorators';
import { InternalBody } from '../auth/internal-body.decorator';
import type { SignedInUser } from '../auth/signed-in-user';
import { TemplateFoldersService } from './template-folders.service';

@InternalController('services/:serviceId/template-folders')
@RequirePermission('manage_templates')
export class TemplateFoldersController {
  constructor(private readonly folders: TemplateFoldersService) {}

  @Post()
  @HttpCode(201)
  create(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @InternalBody() body: Record<string, unknown>) {
    return this.folders.create(user, serviceId, body);
  }

  @Post(':folderId')
  @HttpCode(200)
  rename(
    @CurrentUser() user: SignedInUser,
    @Param('serviceId') serviceId: string,
    @Param('folderId') folderId: string,
    @InternalBody() body: Record<string, unknown>,
  ) {
    return this.folders.rename(user, serviceId, folderId, body);
  }

  @Delete(':folderId')
  @HttpCode(204)
  delete(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @Param('folderId') folderId: string) {
    return this.folders.delete(user, serviceId, folderId);
  }
}
