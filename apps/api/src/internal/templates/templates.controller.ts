import { Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CurrentUser, InternalController, RequirePermission } from '../auth/internal-auth.decorators';
import { InternalBody } from '../auth/internal-body.decorator';
import type { SignedInUser } from '../auth/signed-in-user';
import { TemplatesService } from './templates.service';

/** Reading needs membership of the service; changing needs manage_templates. */
@InternalController('services/:serviceId/templates')
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Get()
  list(@Param('serviceId') serviceId: string, @Query('folder') folder?: string) {
    return this.templates.list(serviceId, folder || undefined);
  }

  @Post()
  @HttpCode(201)
  @RequirePermission('manage_templates')
  create(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @InternalBody() body: Record<string, unknown>) {
    return this.templates.create(user, serviceId, body);
  }

  @Post('move-to-folder')
  @HttpCode(200)
  @RequirePermission('manage_templates')
  move(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @InternalBody() body: Record<string, unknown>) {
    return this.templates.move(user, serviceId, body);
  }

  @Get(':templateId')
  get(@Param('serviceId') serviceId: string, @Param('templateId') templateId: string) {
    return this.templates.get(serviceId, templateId);
  }

  /** Saves a new version. */
  @Post(':templateId')
  @HttpCode(200)
  @RequirePermission('manage_templates')
  update(
    @CurrentUser() user: SignedInUser,
    @Param('serviceId') serviceId: string,
    @Param('templateId') templateId: string,
    @InternalBody() body: Record<string, unknown>,
  ) {
    return this.templates.update(user, serviceId, templateId, body);
  }

  @Post(':templateId/copy')
  @HttpCode(201)
  @RequirePermission('manage_templates')
  copy(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @Param('templateId') templateId: string) {
    return this.templates.copy(user, serviceId, templateId);
  }

  @Post(':templateId/archive')
  @HttpCode(200)
  @RequirePermission('manage_templates')
  archive(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @Param('templateId') templateId: string) {
    return this.templates.archive(user, serviceId, templateId);
  }
}
