import { Get, HttpCode, Param, Post } from '@nestjs/common';
import { InternalController, NoSession } from '../auth/internal-auth.decorators';
import { InternalBody } from '../auth/internal-body.decorator';
import { InvitationAcceptanceService } from './invitation-acceptance.service';

/** Invitation and set-up links: no session, the token is the proof. */
@InternalController('invitations')
export class InvitationsController {
  constructor(private readonly acceptance: InvitationAcceptanceService) {}

  @Get(':token')
  @NoSession()
  describe(@Param('token') token: string) {
    return this.acceptance.describe(token);
  }

  @Post(':token/accept')
  @NoSession()
  @HttpCode(200)
  accept(@Param('token') token: string, @InternalBody() body: Record<string, unknown>) {
    return this.acceptance.accept(token, body);
  }
}
