import { Controller, Get, Query } from '@nestjs/common';
import { HealthService } from './health.service';

@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get(['_status', ''])
  status(@Query('simple') simple?: string): Promise<Record<string, unknown>> {
    return this.health.status(simple !== undefined);
  }

  @Get('_status/ready')
  ready(): Promise<Record<string, unknown>> {
    return this.health.ready();
  }
}
