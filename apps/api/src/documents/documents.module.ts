import { Module } from '@nestjs/common';
import { DocumentDownloadService } from './document-download.service';
import { DocumentsController } from './documents.controller';
import { LimitsRedis } from '@herald/redis';
import { WrongEmailAttempts } from './wrong-email-attempts';

/** The page where recipients download files sent by email (docs/api-contract.md §15.1). */
@Module({
  controllers: [DocumentsController],
  providers: [DocumentDownloadService, WrongEmailAttempts, LimitsRedis],
})
export class DocumentsModule {}
