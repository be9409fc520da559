import { Module } from '@nestjs/common';
import { UsageController } from './usage.controller';
import { UsageService } from './usage.service';
import { UsageYears } from './usage-years';

/** A service's usage by month and financial year; `UsageYears` is shared with the organisations' pages. */
@Module({
  controllers: [UsageController],
  providers: [UsageService, UsageYears],
  exports: [UsageYears],
})
export class UsageModule {}
