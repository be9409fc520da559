import { Module } from '@nestjs/common';
import { AdministrationModule } from '@herald/administration';
import { QueueModule } from '@herald/queue';
import { SmsProviderHealthModule } from '@herald/redis';
import { SystemMessages } from '../activity/system-messages';
import { NotificationFinderService } from './notification-finder.service';
import { PlatformAuditService } from './platform-audit.service';
import { PlatformController } from './platform.controller';
import { PlatformDashboardService } from './platform-dashboard.service';
import { PlatformServicesService } from './platform-services.service';
import { PlatformRolesController } from './platform-roles.controller';
import { PlatformRolesService } from './platform-roles.service';
import { SmsProviderSwitchService } from './sms-provider-switch.service';

/** Operators (platform admins): all services, go-live approvals, the platform dashboard, find by id, the audit log. */
@Module({
  imports: [AdministrationModule, QueueModule, SmsProviderHealthModule],
  controllers: [PlatformController, PlatformRolesController],
  providers: [
    PlatformServicesService,
    PlatformDashboardService,
    SmsProviderSwitchService,
    NotificationFinderService,
    SystemMessages,
    PlatformAuditService,
    PlatformRolesService,
  ],
})
export class PlatformModule {}
