import { Get, HttpCode, Param, Post } from '@nestjs/common';
import { CurrentUser, InternalController, PlatformAdminOnly } from '../auth/internal-auth.decorators';
import type { SignedInUser } from '../auth/signed-in-user';
import { AlternativeFormatsService } from './alternative-formats.service';

/** Operators only (403 otherwise): the queue of letters to produce by hand, across every service. */
@InternalController('platform/alternative-formats')
@PlatformAdminOnly()
export class AlternativeFormatsController {
  constructor(private readonly formats: AlternativeFormatsService) {}

  @Get()
  open() {
    return this.formats.open();
  }

  @Post(':notificationId/done')
  @HttpCode(200)
  markDone(@CurrentUser() user: SignedInUser, @Param('notificationId') notificationId: string) {
    return this.formats.markDone(user, notificationId);
  }
}
