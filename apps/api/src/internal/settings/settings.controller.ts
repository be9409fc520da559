import { Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { CurrentUser, InternalController, RequirePermission } from '../auth/internal-auth.decorators';
import { InternalBody } from '../auth/internal-body.decorator';
import type { SignedInUser } from '../auth/signed-in-user';
import { GoLiveService } from './go-live.service';
import { ServiceProfileService } from './service-profile.service';
import { SettingsViewService } from './settings-view.service';

/** The settings summary (any member may look), name, organisation, retention and going live (manage_service). */
@InternalController('services/:serviceId/settings')
export class SettingsController {
  constructor(
    private readonly view: SettingsViewService,
    private readonly profile: ServiceProfileService,
    private readonly goLive: GoLiveService,
  ) {}

  @Get()
  get(@Param('serviceId') serviceId: string) {
    return this.view.get(serviceId);
  }

  @Put('name')
  @RequirePermission('manage_service')
  rename(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @InternalBody() body: Record<string, unknown>) {
    return this.profile.rename(user, serviceId, body);
  }

  @Put('organisation')
  @RequirePermission('manage_service')
  setOrganisation(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @InternalBody() body: Record<string, unknown>) {
    return this.profile.setOrganisation(user, serviceId, body);
  }

  @Put('retention')
  @RequirePermission('manage_service')
  updateRetention(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @InternalBody() body: Record<string, unknown>) {
    return this.profile.updateRetention(user, serviceId, body);
  }

  @Post('go-live-request')
  @HttpCode(201)
  @RequirePermission('manage_service')
  requestToGoLive(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @InternalBody() body: Record<string, unknown>) {
    return this.goLive.request(user, serviceId, body);
  }
}
