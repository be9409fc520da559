import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { usageView } from './usage-view';
import { RequiresPermission } from '../permissions/requires-permission.decorator';

/** A service's usage by month over a financial year, as a chart and a table. */
@RequiresPermission('view_dashboard')
@Controller('services/:serviceId/usage')
export class UsageController {
  @Get()
  async show(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Query('year') year?: string) {
    return reply.view('usage/index.njk', usageView(serviceId, await request.apiClient.usage.show(serviceId, year)));
  }
}
