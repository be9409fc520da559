import { Module } from '@nestjs/common';
import { UsageModule } from '../usage/usage.module';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';

/** Organisations: their services, team and usage. */
@Module({
  imports: [UsageModule],
  controllers: [OrganisationsController],
  providers: [OrganisationsService],
})
export class OrganisationsModule {}
