import { Controller, Get, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { TemplateListResponse, TemplatePreviewResponse, TemplateResponse } from '@herald/contracts';
import { AuthenticatedKey } from '../auth/api-key-authenticator';
import { ApiKey, ApiKeyGuard } from '../auth/api-key.guard';
import { NotifyBody } from '../validation/notify-body.decorator';
import { TemplatePreviewService } from './template-preview.service';
import { TemplateQueryService } from './template-query.service';

@Controller('v2')
@UseGuards(ApiKeyGuard)
export class TemplatesController {
  constructor(
    private readonly query: TemplateQueryService,
    private readonly previews: TemplatePreviewService,
  ) {}

  @Get('template/:id')
  get(@ApiKey() key: AuthenticatedKey, @Param('id') id: string): Promise<TemplateResponse> {
    return this.query.get(key.service.id, id);
  }

  @Get('template/:id/version/:version')
  getVersion(@ApiKey() key: AuthenticatedKey, @Param('id') id: string, @Param('version') version: string): Promise<TemplateResponse> {
    return this.query.get(key.service.id, id, version);
  }

  @Get('templates')
  list(@ApiKey() key: AuthenticatedKey, @Req() request: { url: string }): Promise<TemplateListResponse> {
    return this.query.list(key.service.id, new URL(request.url, 'http://herald').searchParams);
  }

  /** 200, not Nest's default 201 for a POST. */
  @Post('template/:id/preview')
  @HttpCode(200)
  preview(@ApiKey() key: AuthenticatedKey, @Param('id') id: string, @NotifyBody({ allowEmpty: true }) body: unknown): Promise<TemplatePreviewResponse> {
    return this.previews.preview(key.service.id, id, body);
  }
}
