import { Controller, Get, Query, Req, Res, UseGuards } from '@nestjs/common';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { PlatformAdminGuard } from './platform-admin.guard';
import { auditLogView } from './audit-log.view';

/** The audit log: newest first, a page at a time, filtered by service and by user. */
@UseGuards(PlatformAdminGuard)
@Controller('platform/audit')
export class PlatformAuditController {
  @Get()
  async list(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Query('serviceId') serviceId?: string,
    @Query('userId') userId?: string,
    @Query('page') page?: string,
  ) {
    const filters = { serviceId: serviceId || undefined, userId: userId || undefined };
    const log = await request.apiClient.platform.audit({ ...filters, page: Number(page) > 0 ? Math.floor(Number(page)) : 1 });
    return reply.view('platform/audit.njk', auditLogView(log, filters));
  }
}
