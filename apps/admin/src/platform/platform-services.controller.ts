import { Controller, Get, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { PlatformAdminGuard } from './platform-admin.guard';

/** All services with their volumes, and the go-live requests to approve (after a confirmation) or reject. */
@UseGuards(PlatformAdminGuard)
@Controller('platform')
export class PlatformServicesController {
  @Get('services')
  async list(@Req() request: AdminRequest, @Res() reply: AdminReply, @Query('decided') decided?: string, @Query('serviceId') serviceId?: string) {
    const listing = await request.apiClient.platform.services();
    const service = listing.services.find((s) => s.id === serviceId);
    const decision = service && (decided === 'approved' || decided === 'rejected') ? { serviceName: service.name, status: decided } : null;
    return reply.view('platform/services.njk', { listing, decided: decision });
  }

  /** "Are you sure you want to make … live?": nothing changes until its form is posted. */
  @Get('go-live-requests/:requestId/approve')
  async confirmApproval(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('requestId') requestId: string) {
    const { goLiveRequests } = await request.apiClient.platform.services();
    return reply.view('platform/go-live-approve.njk', { goLive: goLiveRequests.find((r) => r.id === requestId) ?? null });
  }

  @Post('go-live-requests/:requestId/approve')
  async approve(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('requestId') requestId: string) {
    const decided = await request.apiClient.platform.decideGoLive(requestId, 'approve');
    return reply.redirect(`/platform/services?decided=${decided.status}&serviceId=${encodeURIComponent(decided.serviceId)}`, 303);
  }

  @Post('go-live-requests/:requestId/reject')
  async reject(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('requestId') requestId: string) {
    const decided = await request.apiClient.platform.decideGoLive(requestId, 'reject');
    return reply.redirect(`/platform/services?decided=${decided.status}&serviceId=${encodeURIComponent(decided.serviceId)}`, 303);
  }
}
