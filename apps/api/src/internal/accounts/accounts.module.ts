import { Module } from '@nestjs/common';
import { SendingModule } from '@herald/sending';
import { AccountController } from './account.controller';
import { AccountLinksController } from './account-links.controller';
import { EmailChangeService } from './email-change.service';
import { PasswordResetService } from './password-reset.service';
import { ProfileController } from './profile.controller';
import { ProfileService } from './profile.service';
import { SecondFactorChangeService } from './second-factor-change.service';
import { AccountService } from './account.service';
import { FirstStartService } from './first-start.service';
import { InvitationAcceptanceService } from './invitation-acceptance.service';
import { InvitationsController } from './invitations.controller';
import { SecondFactorService } from './second-factor.service';
import { SystemEmailsModule } from '../../system-emails/system-emails.module';

/** Accounts: the second factor, invitation and set-up links, the user's own account and profile, password resets, first start. */
@Module({
  imports: [SendingModule, SystemEmailsModule],
  controllers: [AccountController, InvitationsController, ProfileController, AccountLinksController],
  providers: [
    SecondFactorService,
    InvitationAcceptanceService,
    AccountService,
    FirstStartService,
    PasswordResetService,
    ProfileService,
    EmailChangeService,
    SecondFactorChangeService,
  ],
  exports: [SystemEmailsModule, SecondFactorService, FirstStartService],
})
export class AccountsModule {}
