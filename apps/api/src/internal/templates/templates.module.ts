import { Module } from '@nestjs/common';
import { AdministrationModule } from '@herald/administration';
import { TemplatingModule } from '@herald/templating';
import { TemplateFoldersController } from './template-folders.controller';
import { TemplateFoldersService } from './template-folders.service';
import { TemplateHistoryService } from './template-history.service';
import { TemplatePreviewService } from './template-preview.service';
import { TemplatePreviewsController } from './template-previews.controller';
import { TemplatesController } from './templates.controller';
import { TemplatesService } from './templates.service';

/** The admin's template pages: templates in folders, previews and version history. */
@Module({
  imports: [AdministrationModule, TemplatingModule],
  controllers: [TemplatesController, TemplatePreviewsController, TemplateFoldersController],
  providers: [TemplatesService, TemplateFoldersService, TemplatePreviewService, TemplateHistoryService],
})
export class TemplatesModule {}
