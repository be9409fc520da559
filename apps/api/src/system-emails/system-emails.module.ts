import { Module } from '@nestjs/common';
import { SendingModule } from '@herald/sending';
import { SystemEmails } from './system-emails.service';

/** What Herald sends itself, from its platform service: used by the internal API (sign-in codes, invitations) and the public /me (confirmations). */
@Module({
  imports: [SendingModule],
  providers: [SystemEmails],
  exports: [SystemEmails],
})
export class SystemEmailsModule {}
