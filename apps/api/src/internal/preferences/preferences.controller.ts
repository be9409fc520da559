import { Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CurrentUser, InternalController, RequirePermission } from '../auth/internal-auth.decorators';
import { InternalBody } from '../auth/internal-body.decorator';
import type { SignedInUser } from '../auth/signed-in-user';
import { PreferencesService } from './preferences.service';

/**
 * A person's channel choices, as the staff who deal with the people a service writes to see and
 * record them: "Send messages" is that permission. Another service's staff get 404 (the guard).
 */
@InternalController('services/:serviceId/recipient-preferences')
@RequirePermission('send_messages')
export class PreferencesController {
  constructor(private readonly preferences: PreferencesService) {}

  @Get()
  show(@Param('serviceId') serviceId: string, @Query() query: Record<string, unknown>) {
    return this.preferences.show(serviceId, query);
  }

  @Post()
  @HttpCode(200)
  record(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @InternalBody() body: Record<string, unknown>) {
    return this.preferences.recordAssisted(user, serviceId, body);
  }
}
