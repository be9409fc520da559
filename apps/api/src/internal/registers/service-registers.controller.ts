import { Get, Param, Query } from '@nestjs/common';
import { InternalController } from '../auth/internal-auth.decorators';
import { ServiceRegistersService } from './service-registers.service';

/** A service's team: the registers and purposes the service may use, and the look-ups it made (its own purpose log). */
@InternalController('services/:serviceId')
export class ServiceRegistersController {
  constructor(private readonly registers: ServiceRegistersService) {}

  @Get('registers')
  grants(@Param('serviceId') serviceId: string) {
    return this.registers.grants(serviceId);
  }

  @Get('lookups')
  lookups(@Param('serviceId') serviceId: string, @Query('page') page?: string) {
    return this.registers.lookups(serviceId, page);
  }
}
