import { Delete, Get, Param, Put } from '@nestjs/common';
import { CurrentUser, InternalController, RequirePermission } from '../auth/internal-auth.decorators';
import { InternalBody } from '../auth/internal-body.decorator';
import type { SignedInUser } from '../auth/signed-in-user';
import { CallbacksService } from './callbacks.service';

/** `:callbackType` is `delivery_status` or `inbound_sms`. The bearer token is write-only. */
@InternalController('services/:serviceId/api/callbacks')
@RequirePermission('manage_api_keys')
export class CallbacksController {
  constructor(private readonly callbacks: CallbacksService) {}

  @Get()
  list(@Param('serviceId') serviceId: string) {
    return this.callbacks.list(serviceId);
  }

  @Get(':callbackType')
  get(@Param('serviceId') serviceId: string, @Param('callbackType') type: string) {
    return this.callbacks.get(serviceId, type);
  }

  @Put(':callbackType')
  set(
    @CurrentUser() user: SignedInUser,
    @Param('serviceId') serviceId: string,
    @Param('callbackType') type: string,
    @InternalBody() body: Record<string, unknown>,
  ) {
    return this.callbacks.set(user, serviceId, type, body);
  }

  @Delete(':callbackType')
  remove(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @Param('callbackType') type: string) {
    return this.callbacks.remove(user, serviceId, type);
  }
}
