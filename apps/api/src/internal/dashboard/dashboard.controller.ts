import { Get, Param } from '@nestjs/common';
import { InternalController, RequirePermission } from '../auth/internal-auth.decorators';
import { DashboardService } from './dashboard.service';

@InternalController('services/:serviceId/dashboard')
@RequirePermission('view_dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  show(@Param('serviceId') serviceId: string) {
    return this.dashboard.show(serviceId);
  }
}
