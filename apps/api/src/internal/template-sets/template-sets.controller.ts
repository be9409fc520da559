import { Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { CurrentUser, InternalController, RequirePermission } from '../auth/internal-auth.decorators';
import { InternalBody } from '../auth/internal-body.decorator';
import type { SignedInUser } from '../auth/signed-in-user';
import { TemplateSetPreviewService } from './template-set-preview.service';
import { TemplateSetsService } from './template-sets.service';

/** Reading and previews need membership of the service; changing and publishing need manage_templates. */
@InternalController('services/:serviceId/template-sets')
export class TemplateSetsController {
  constructor(
    private readonly sets: TemplateSetsService,
    private readonly previews: TemplateSetPreviewService,
  ) {}

  @Get()
  list(@Param('serviceId') serviceId: string) {
    return this.sets.list(serviceId);
  }

  @Post()
  @HttpCode(201)
  @RequirePermission('manage_templates')
  create(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @InternalBody() body: Record<string, unknown>) {
    return this.sets.create(user, serviceId, body);
  }

  @Get(':setId')
  get(@Param('serviceId') serviceId: string, @Param('setId') setId: string) {
    return this.sets.get(serviceId, setId);
  }

  /** Saves the whole draft. */
  @Post(':setId')
  @HttpCode(200)
  @RequirePermission('manage_templates')
  update(
    @CurrentUser() user: SignedInUser,
    @Param('serviceId') serviceId: string,
    @Param('setId') setId: string,
    @InternalBody() body: Record<string, unknown>,
  ) {
    return this.sets.update(user, serviceId, setId, body);
  }

  @Post(':setId/publish')
  @HttpCode(201)
  @RequirePermission('manage_templates')
  publish(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @Param('setId') setId: string) {
    return this.sets.publish(user, serviceId, setId);
  }

  /** JSON for an email or a text, a PDF for a letter (its Content-Type set only on success, so errors stay JSON). */
  @Get(':setId/variants/:channel/:language/preview')
  async preview(
    @Param('serviceId') serviceId: string,
    @Param('setId') setId: string,
    @Param('channel') channel: string,
    @Param('language') language: string,
    @Query('format') format?: string,
  ) {
    const preview = await this.previews.preview(serviceId, setId, { channel, language, format });
    return Buffer.isBuffer(preview) ? new StreamableFile(preview, { type: 'application/pdf' }) : preview;
  }
}
