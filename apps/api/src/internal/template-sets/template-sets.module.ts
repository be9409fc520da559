import { Module } from '@nestjs/common';
import { AdministrationModule } from '@herald/administration';
import { TemplatingModule } from '@herald/templating';
import { TemplateSetPreviewService } from './template-set-preview.service';
import { TemplateSetsController } from './template-sets.controller';
import { TemplateSetsService } from './template-sets.service';

/** The admin's template-set editor: drafts, publishing, and a preview of every variant. */
@Module({
  imports: [AdministrationModule, TemplatingModule],
  controllers: [TemplateSetsController],
  providers: [TemplateSetsService, TemplateSetPreviewService],
})
export class TemplateSetsModule {}
