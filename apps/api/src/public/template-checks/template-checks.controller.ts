import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import type { TemplateChecksResponse, TemplateSetChecksResponse } from '@herald/contracts';
import { AuthenticatedKey } from '../auth/api-key-authenticator';
import { ApiKey, ApiKeyGuard } from '../auth/api-key.guard';
import { TemplateChecksService } from './template-checks.service';

/** R-CK: content check reports, under Herald's own prefix with the same keys as /v2. */
@Controller('herald/v1')
@UseGuards(ApiKeyGuard)
export class TemplateChecksController {
  constructor(private readonly checks: TemplateChecksService) {}

  @Get('templates/:id/checks')
  template(@ApiKey() key: AuthenticatedKey, @Param('id') id: string): Promise<TemplateChecksResponse> {
    return this.checks.template(key.service.id, id);
  }

  @Get('template-sets/:id/checks')
  templateSet(@ApiKey() key: AuthenticatedKey, @Param('id') id: string): Promise<TemplateSetChecksResponse> {
    return this.checks.templateSet(key.service.id, id);
  }
}
