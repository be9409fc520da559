import { Get, Param, Query } from '@nestjs/common';
import { InternalController, RequirePermission } from '../auth/internal-auth.decorators';
import { UsageService } from './usage.service';

@InternalController('services/:serviceId/usage')
@RequirePermission('view_dashboard')
export class UsageController {
  constructor(private readonly usage: UsageService) {}

  @Get()
  show(@Param('serviceId') serviceId: string, @Query('year') year?: string) {
    return this.usage.show(serviceId, year);
  }
}
