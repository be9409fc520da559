import { Module } from '@nestjs/common';
import { SystemEmailsModule } from '../../system-emails/system-emails.module';
import { ApiKeyAuthenticator } from '../auth/api-key-authenticator';
import { CitizenAuthenticator } from './auth/citizen-authenticator';
import { CitizenGuard } from './auth/citizen.guard';
import { IdentityProviderClient } from './auth/identity-provider-client';
import { TokenClaimsCache } from './auth/token-claims-cache';
import { MeExportService } from './export/me-export.service';
import { MeLookupsService } from './lookups/me-lookups.service';
import { MeController } from './me.controller';
import { MeMessagesService } from './messages/me-messages.service';
import { MessageContentReader } from './messages/message-content.reader';
import { MePreferencesService } from './preferences/me-preferences.service';
import { PreferenceConfirmations } from './preferences/preference-confirmations';

/** `/herald/v1/me`: a person's own view, signed in through OpenID Connect (R-TR-1..6). */
@Module({
  imports: [SystemEmailsModule],
  controllers: [MeController],
  providers: [
    // Only to recognise, and refuse, a service's API key (R-TR-6).
    ApiKeyAuthenticator,
    IdentityProviderClient,
    TokenClaimsCache,
    CitizenAuthenticator,
    CitizenGuard,
    MeMessagesService,
    MessageContentReader,
    MeLookupsService,
    MePreferencesService,
    PreferenceConfirmations,
    MeExportService,
  ],
})
export class MeModule {}
