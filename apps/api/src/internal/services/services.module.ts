import { Module } from '@nestjs/common';
import { AdministrationModule } from '@herald/administration';
import { ServicesController } from './services.controller';
import { ServicesService } from './services.service';

/** Adding a service from the admin ("Your services" → "Add a new service"). */
@Module({
  imports: [AdministrationModule],
  controllers: [ServicesController],
  providers: [ServicesService],
})
export class ServicesModule {}
