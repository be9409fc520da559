import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { dashboardView } from './dashboard-view';
import { RequiresPermission } from '../permissions/requires-permission.decorator';

/** A service's dashboard: the last 7 days per channel, a 30-day chart with its table, failures and the latest bulk sends. */
@RequiresPermission('view_dashboard')
@Controller('services/:serviceId')
export class DashboardController {
  @Get()
  async show(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string) {
    return reply.view('dashboard/index.njk', dashboardView(serviceId, await request.apiClient.dashboard.show(serviceId)));
  }
}
