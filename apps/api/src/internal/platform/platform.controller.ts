import { Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CurrentUser, InternalController, PlatformAdminOnly } from '../auth/internal-auth.decorators';
import { InternalBody } from '../auth/internal-body.decorator';
import type { SignedInUser } from '../auth/signed-in-user';
import { NotificationFinderService } from './notification-finder.service';
import { PlatformAuditService } from './platform-audit.service';
import { PlatformDashboardService } from './platform-dashboard.service';
import { PlatformServicesService } from './platform-services.service';
import { SmsProviderSwitchService } from './sms-provider-switch.service';

/** Operators' endpoints: the whole platform, whatever service. Platform admins only (403 otherwise). */
@InternalController('platform')
@PlatformAdminOnly()
export class PlatformController {
  constructor(
    private readonly services: PlatformServicesService,
    private readonly dashboard: PlatformDashboardService,
    private readonly smsProviders: SmsProviderSwitchService,
    private readonly finder: NotificationFinderService,
    private readonly auditLog: PlatformAuditService,
  ) {}

  @Get('services')
  listServices() {
    return this.services.list();
  }

  @Get('go-live-requests')
  goLiveRequests() {
    return this.services.pendingGoLiveRequests();
  }

  @Post('go-live-requests/:requestId/approve')
  @HttpCode(200)
  approve(@CurrentUser() user: SignedInUser, @Param('requestId') requestId: string) {
    return this.services.decide(user, requestId, 'approve');
  }

  @Post('go-live-requests/:requestId/reject')
  @HttpCode(200)
  reject(@CurrentUser() user: SignedInUser, @Param('requestId') requestId: string) {
    return this.services.decide(user, requestId, 'reject');
  }

  @Get('dashboard')
  figures() {
    return this.dashboard.figures();
  }

  @Post('sms-providers/:name/switch')
  @HttpCode(200)
  switchSmsProvider(@CurrentUser() user: SignedInUser, @Param('name') name: string, @InternalBody() body: Record<string, unknown>) {
    return this.smsProviders.switch(user, name, body);
  }

  @Get('notifications/:notificationId')
  findNotification(@CurrentUser() user: SignedInUser, @Param('notificationId') notificationId: string) {
    return this.finder.find(user, notificationId);
  }

  @Get('audit')
  audit(@Query('serviceId') serviceId?: string, @Query('userId') userId?: string, @Query('actions') actions?: string, @Query('page') page?: string) {
    return this.auditLog.list({ serviceId, userId, actions, page: page === undefined ? undefined : Number(page) });
  }
}
