import { Get, HttpCode, Param, Post, StreamableFile } from '@nestjs/common';
import { InternalController } from '../auth/internal-auth.decorators';
import { InternalBody } from '../auth/internal-body.decorator';
import { TemplateHistoryService } from './template-history.service';
import { TemplatePreviewService } from './template-preview.service';

/** Previews and version history: any member of the service may read them (no permission named). */
@InternalController('services/:serviceId/templates/:templateId')
export class TemplatePreviewsController {
  constructor(
    private readonly previews: TemplatePreviewService,
    private readonly history: TemplateHistoryService,
  ) {}

  /** A POST only because the values travel in the body; nothing changes. */
  @Post('preview')
  @HttpCode(200)
  preview(@Param('serviceId') serviceId: string, @Param('templateId') templateId: string, @InternalBody() body: Record<string, unknown>) {
    return this.previews.preview(serviceId, templateId, body);
  }

  /** Content-Type is set by the StreamableFile only on success, so errors still leave as JSON. */
  @Post('letter-preview')
  @HttpCode(200)
  async letterPreview(
    @Param('serviceId') serviceId: string,
    @Param('templateId') templateId: string,
    @InternalBody() body: Record<string, unknown>,
  ): Promise<StreamableFile> {
    return new StreamableFile(await this.previews.letterPdf(serviceId, templateId, body), { type: 'application/pdf' });
  }

  @Get('versions')
  versions(@Param('serviceId') serviceId: string, @Param('templateId') templateId: string) {
    return this.history.history(serviceId, templateId);
  }
}
