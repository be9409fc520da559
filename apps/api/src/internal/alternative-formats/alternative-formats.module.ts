import { Module } from '@nestjs/common';
import { AlternativeFormatsController } from './alternative-formats.controller';
import { AlternativeFormatsService } from './alternative-formats.service';

/** The operators' alternative-format queue (R-LF-5). */
@Module({
  controllers: [AlternativeFormatsController],
  providers: [AlternativeFormatsService],
})
export class AlternativeFormatsModule {}
