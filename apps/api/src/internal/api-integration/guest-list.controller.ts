import { Get, Param, Put } from '@nestjs/common';
import { CurrentUser, InternalController, RequirePermission } from '../auth/internal-auth.decorators';
import { InternalBody } from '../auth/internal-body.decorator';
import type { SignedInUser } from '../auth/signed-in-user';
import { GuestListService } from './guest-list.service';

@InternalController('services/:serviceId/api/guest-list')
@RequirePermission('manage_api_keys')
export class GuestListController {
  constructor(private readonly guestList: GuestListService) {}

  @Get()
  get(@Param('serviceId') serviceId: string) {
    return this.guestList.get(serviceId);
  }

  @Put()
  replace(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @InternalBody() body: Record<string, unknown>) {
    return this.guestList.replace(user, serviceId, body);
  }
}
