import { HttpCode, Post } from '@nestjs/common';
import { CurrentUser, InternalController } from '../auth/internal-auth.decorators';
import { InternalBody } from '../auth/internal-body.decorator';
import { SignedInUser } from '../auth/signed-in-user';
import { AccountService } from './account.service';

/** The signed-in user's own account. */
@InternalController('account')
export class AccountController {
  constructor(private readonly accounts: AccountService) {}

  @Post('password')
  @HttpCode(204)
  changePassword(@CurrentUser() user: SignedInUser, @InternalBody() body: Record<string, unknown>): Promise<void> {
    return this.accounts.changePassword(user, String(body.currentPassword ?? ''), String(body.newPassword ?? ''));
  }

  @Post('sign-out-everywhere')
  @HttpCode(204)
  signOutEverywhere(@CurrentUser() user: SignedInUser): Promise<void> {
    return this.accounts.signOutEverywhere(user);
  }
}
