import { Module } from '@nestjs/common';
import { AdministrationModule } from '@herald/administration';
import { SystemEmailsModule } from '../../system-emails/system-emails.module';
import { ServicesController } from './services.controller';
import { ServicesService } from './services.service';

/** Adding a service from the admin ("Your services" → "Add a new service"), and inviting its first manager. */
@Module({
  imports: [AdministrationModule, SystemEmailsModule],
  controllers: [ServicesController],
  providers: [ServicesService],
})
export class ServicesModule {}
