import { Get, HttpCode, Post } from '@nestjs/common';
import { CurrentUser, InternalController } from '../auth/internal-auth.decorators';
import { InternalBody } from '../auth/internal-body.decorator';
import { SignedInUser } from '../auth/signed-in-user';
import { EmailChangeService } from './email-change.service';
import { ProfileService } from './profile.service';
import { SecondFactorChangeService } from './second-factor-change.service';

type Body = Record<string, unknown>;

/** The signed-in user's profile: name, email address, mobile number and second factor. */
@InternalController('account/profile')
export class ProfileController {
  constructor(
    private readonly profiles: ProfileService,
    private readonly emailChanges: EmailChangeService,
    private readonly secondFactors: SecondFactorChangeService,
  ) {}

  @Get()
  profile(@CurrentUser() user: SignedInUser) {
    return this.profiles.profile(user);
  }

  @Post('name')
  @HttpCode(204)
  changeName(@CurrentUser() user: SignedInUser, @InternalBody() body: Body): Promise<void> {
    return this.profiles.changeName(user, String(body.name ?? ''));
  }

  @Post('mobile-number')
  @HttpCode(204)
  changeMobileNumber(@CurrentUser() user: SignedInUser, @InternalBody() body: Body): Promise<void> {
    return this.profiles.changeMobileNumber(user, String(body.mobileNumber ?? ''));
  }

  @Post('email-address')
  @HttpCode(204)
  requestEmailChange(@CurrentUser() user: SignedInUser, @InternalBody() body: Body): Promise<void> {
    return this.emailChanges.request(user, String(body.emailAddress ?? ''));
  }

  @Post('second-factor/email')
  @HttpCode(204)
  useEmailCodes(@CurrentUser() user: SignedInUser): Promise<void> {
    return this.secondFactors.useEmailCodes(user);
  }

  @Post('second-factor/authenticator')
  @HttpCode(200)
  startAuthenticatorSetUp(@CurrentUser() user: SignedInUser) {
    return this.secondFactors.startAuthenticatorSetUp(user);
  }

  @Post('second-factor/authenticator/show')
  @HttpCode(200)
  authenticatorSetUp(@CurrentUser() user: SignedInUser, @InternalBody() body: Body) {
    return this.secondFactors.describe(user, String(body.setUpToken ?? ''));
  }

  @Post('second-factor/authenticator/confirm')
  @HttpCode(204)
  confirmAuthenticator(@CurrentUser() user: SignedInUser, @InternalBody() body: Body): Promise<void> {
    return this.secondFactors.confirmAuthenticator(user, String(body.setUpToken ?? ''), String(body.code ?? ''));
  }
}
