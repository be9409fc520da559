import { Module } from '@nestjs/common';
import { SendingModule } from '@herald/sending';
import { AccountController } from './account.controller';
import { AccountService } from './account.service';
import { FirstStartService } from './first-start.service';
import { InvitationAcceptanceService } from './invitation-acceptance.service';
import { InvitationsController } from './invitations.controller';
import { SecondFactorService } from './second-factor.service';
import { SystemEmailsModule } from '../../system-emails/system-emails.module';

/** Accounts: the second factor, invitation and set-up links, the user's own account, first start. */
@Module({
  imports: [SendingModule, SystemEmailsModule],
  controllers: [AccountController, InvitationsController],
  providers: [SecondFactorService, InvitationAcceptanceService, AccountService, FirstStartService],
  exports: [SystemEmailsModule, SecondFactorService, FirstStartService],
})
export class AccountsModule {}
