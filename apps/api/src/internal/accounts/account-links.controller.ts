import { Get, HttpCode, Param, Post } from '@nestjs/common';
import { InternalController, NoSession } from '../auth/internal-auth.decorators';
import { InternalBody } from '../auth/internal-body.decorator';
import { EmailChangeService } from './email-change.service';
import { PasswordResetService } from './password-reset.service';

/** Links emailed about an account (a forgotten password, a new email address): no session, the token is the proof. */
@InternalController('account-links')
export class AccountLinksController {
  constructor(
    private readonly resets: PasswordResetService,
    private readonly emailChanges: EmailChangeService,
  ) {}

  @Post('password-reset')
  @NoSession()
  @HttpCode(204)
  requestPasswordReset(@InternalBody() body: Record<string, unknown>): Promise<void> {
    return this.resets.request(String(body.emailAddress ?? ''));
  }

  @Get('password-reset/:token')
  @NoSession()
  @HttpCode(204)
  checkPasswordReset(@Param('token') token: string): Promise<void> {
    return this.resets.check(token);
  }

  @Post('password-reset/:token')
  @NoSession()
  @HttpCode(204)
  resetPassword(@Param('token') token: string, @InternalBody() body: Record<string, unknown>): Promise<void> {
    return this.resets.reset(token, String(body.password ?? ''));
  }

  @Get('email-change/:token')
  @NoSession()
  emailChange(@Param('token') token: string) {
    return this.emailChanges.describe(token);
  }

  @Post('email-change/:token')
  @NoSession()
  @HttpCode(204)
  confirmEmailChange(@Param('token') token: string): Promise<void> {
    return this.emailChanges.confirm(token);
  }
}
