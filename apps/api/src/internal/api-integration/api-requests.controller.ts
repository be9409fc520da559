import { Get, Param } from '@nestjs/common';
import { InternalController, RequirePermission } from '../auth/internal-auth.decorators';
import { ApiRequestsService } from './api-requests.service';

@InternalController('services/:serviceId/api/requests')
@RequirePermission('manage_api_keys')
export class ApiRequestsController {
  constructor(private readonly requests: ApiRequestsService) {}

  @Get()
  latest(@Param('serviceId') serviceId: string) {
    return this.requests.latest(serviceId);
  }
}
