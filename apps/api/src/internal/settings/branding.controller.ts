import { Get, Header, Param, Put } from '@nestjs/common';
import { CurrentUser, InternalController, RequirePermission } from '../auth/internal-auth.decorators';
import { InternalBody } from '../auth/internal-body.decorator';
import type { SignedInUser } from '../auth/signed-in-user';
import { BrandingService } from './branding.service';

@InternalController('services/:serviceId/settings/branding')
export class BrandingController {
  constructor(private readonly branding: BrandingService) {}

  @Put()
  @RequirePermission('manage_service')
  update(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @InternalBody() body: Record<string, unknown>) {
    return this.branding.update(user, serviceId, body);
  }

  /** HTML of a sample email; any member may look. */
  @Get('preview')
  @Header('Content-Type', 'text/html; charset=utf-8')
  preview(@Param('serviceId') serviceId: string) {
    return this.branding.preview(serviceId);
  }
}
