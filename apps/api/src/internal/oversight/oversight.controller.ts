import { Get, Param, Query, UseInterceptors } from '@nestjs/common';
import { AuditorsOnly, InternalController } from '../auth/internal-auth.decorators';
import { AuditOversightService } from './audit-oversight.service';
import { OversightFiguresService } from './oversight-figures.service';
import { OversightPageViewInterceptor } from './oversight-page-view.interceptor';
import { PurposeLogOversightService } from './purpose-log-oversight.service';
import { ServiceOversightService } from './service-oversight.service';

/**
 * Independent oversight (issue 13 §4): read-only, across services, for auditors (a data-protection
 * officer, an information commissioner) and platform admins; 403 for anyone else. Every request is
 * audited as `oversight.page_viewed` before it is answered. The service route's id is not
 * `:serviceId`, which would ask for membership of the service.
 */
@InternalController('oversight')
@AuditorsOnly()
@UseInterceptors(OversightPageViewInterceptor)
export class OversightController {
  constructor(
    private readonly purposeLog: PurposeLogOversightService,
    private readonly services: ServiceOversightService,
    private readonly auditLog: AuditOversightService,
    private readonly figuresOf: OversightFiguresService,
  ) {}

  @Get()
  summary() {
    return this.services.summary();
  }

  @Get('purpose-log')
  listPurposeLog(@Query() query: Record<string, unknown>) {
    return this.purposeLog.list(query);
  }

  @Get('purpose-log/:entryId')
  purposeLogEntry(@Param('entryId') entryId: string) {
    return this.purposeLog.entry(entryId);
  }

  @Get('services/:auditedServiceId')
  service(@Param('auditedServiceId') serviceId: string) {
    return this.services.service(serviceId);
  }

  @Get('audit')
  audit(@Query() query: Record<string, unknown>) {
    return this.auditLog.list(query);
  }

  @Get('figures')
  figures() {
    return this.figuresOf.figures();
  }
}
