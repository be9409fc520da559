import { Module } from '@nestjs/common';
import { AdministrationModule } from '@herald/administration';
import { RegistersController } from './registers.controller';
import { RegistersService } from './registers.service';
import { ServiceRegistersController } from './service-registers.controller';
import { ServiceRegistersService } from './service-registers.service';

/** Registers (R-OO): the operators' page, and a service's own grants and look-ups. */
@Module({
  imports: [AdministrationModule],
  controllers: [RegistersController, ServiceRegistersController],
  providers: [RegistersService, ServiceRegistersService],
})
export class InternalRegistersModule {}
