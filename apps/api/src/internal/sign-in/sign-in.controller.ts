import { Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { CurrentUser, InternalController, NoSession } from '../auth/internal-auth.decorators';
import { InternalBody } from '../auth/internal-body.decorator';
import { InternalRequest, SignedInUser } from '../auth/signed-in-user';
import { AccountQueryService } from './account-query.service';
import { SignInService } from './sign-in.service';

/** Signing in and out, and who the session belongs to. */
@InternalController('')
export class SignInController {
  constructor(
    private readonly signIns: SignInService,
    private readonly accounts: AccountQueryService,
  ) {}

  @Post('sign-in')
  @NoSession()
  @HttpCode(200)
  signIn(@InternalBody() body: Record<string, unknown>) {
    return this.signIns.signIn(String(body.emailAddress ?? ''), String(body.password ?? ''));
  }

  @Post('sign-in/challenge')
  @NoSession()
  @HttpCode(200)
  challenge(@InternalBody() body: Record<string, unknown>) {
    return this.signIns.challenge(String(body.challengeToken ?? ''));
  }

  @Post('sign-in/resend')
  @NoSession()
  @HttpCode(200)
  resendCode(@InternalBody() body: Record<string, unknown>) {
    return this.signIns.resendCode(String(body.challengeToken ?? ''));
  }

  @Post('sign-in/code')
  @NoSession()
  @HttpCode(200)
  async signInWithCode(@InternalBody() body: Record<string, unknown>) {
    const session = await this.signIns.signInWithCode(String(body.challengeToken ?? ''), String(body.code ?? ''));
    return { sessionToken: session.token, expiresAt: session.expiresAt.toISOString() };
  }

  @Post('sign-out')
  @HttpCode(204)
  async signOut(@Req() request: InternalRequest, @CurrentUser() user: SignedInUser): Promise<void> {
    await this.signIns.signOut(request.sessionToken!, user.id);
  }

  @Get('me')
  me(@CurrentUser() user: SignedInUser) {
    return this.accounts.me(user);
  }

  @Get('services/:serviceId/membership')
  membership(@Param('serviceId') serviceId: string, @Req() request: InternalRequest) {
    return this.accounts.membership(serviceId, request.servicePermissions!);
  }
}
