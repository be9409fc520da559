import { Module } from '@nestjs/common';
import { AuditOversightService } from './audit-oversight.service';
import { OversightController } from './oversight.controller';
import { OversightDirectory } from './oversight-directory.service';
import { OversightFiguresService } from './oversight-figures.service';
import { OversightPageViewInterceptor } from './oversight-page-view.interceptor';
import { PurposeLogOversightService } from './purpose-log-oversight.service';
import { ServiceOversightService } from './service-oversight.service';

/** Auditors' read-only view across services: purpose log, services' grants and counts, audit events, figures. */
@Module({
  controllers: [OversightController],
  providers: [
    OversightDirectory,
    PurposeLogOversightService,
    ServiceOversightService,
    AuditOversightService,
    OversightFiguresService,
    OversightPageViewInterceptor,
  ],
})
export class OversightModule {}
