import { Controller, Get, Query, Req, Res, UseGuards } from '@nestjs/common';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { PlatformAdminGuard } from './platform-admin.guard';
import { actionsOfKind } from './audit-sentence';
import { auditLogView } from './audit-log.view';

/** The audit log as sentences: newest first, a page at a time, filtered by service, by person and by kind of event. */
@UseGuards(PlatformAdminGuard)
@Controller('platform/audit')
export class PlatformAuditController {
  @Get()
  async list(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Query('serviceId') serviceId?: string,
    @Query('userId') userId?: string,
    @Query('kind') kind?: string,
    @Query('page') page?: string,
  ) {
    const actions = actionsOfKind(kind);
    const filters = { serviceId: serviceId || undefined, userId: userId || undefined, kind: actions ? kind : undefined };
    const log = await request.apiClient.platform.audit({ ...filters, actions, page: Number(page) > 0 ? Math.floor(Number(page)) : 1 });
    return reply.view('platform/audit.njk', auditLogView(log, filters));
  }
}
