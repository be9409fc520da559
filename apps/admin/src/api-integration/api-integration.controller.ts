import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { RequiresPermission } from '../permissions/requires-permission.decorator';

/** The API integration page: links to keys, guest list and callbacks, and the latest API requests. */
@RequiresPermission('manage_api_keys')
@Controller('services/:serviceId/api')
export class ApiIntegrationController {
  @Get()
  async show(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string) {
    const latest = await request.apiClient.apiIntegration.latestRequests(serviceId);
    return reply.view('api-integration/index.njk', { latest });
  }
}
