import { Module } from '@nestjs/common';
import { SendingModule } from '@herald/sending';
import { AccountController } from './account.controller';
import { AccountService } from './account.service';
import { FirstStartService } from './first-start.service';
import { InvitationAcceptanceService } from './invitation-acceptance.service';
import { InvitationsController } from './invitations.controller';
import { SecondFactorService } from './second-factor.service';
import { SystemEmails } from './system-emails/system-emails.service';

/** Accounts: the second factor, system emails, invitation and set-up links, the user's own account, first start. */
@Module({
  imports: [SendingModule],
  controllers: [AccountController, InvitationsController],
  providers: [SystemEmails, SecondFactorService, InvitationAcceptanceService, AccountService, FirstStartService],
  exports: [SystemEmails, SecondFactorService, FirstStartService],
})
export class AccountsModule {}
