import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ConfigModule, HERALD_CONFIG, HeraldConfig } from '@herald/config';
import { DownloadController } from './download/download.controller';
import { LookupsController } from './lookups/lookups.controller';
import { MessagesController } from './messages/messages.controller';
import { MessagesService } from './messages/messages.service';
import { PreferencesService } from './preferences/preferences.service';
import { PreferencesController } from './preferences/preferences.controller';
import { CitizenSession } from './session/citizen-session';
import { CsrfGuard } from './session/csrf.guard';
import { CsrfTokens } from './session/csrf-tokens';
import { SignedInGuard } from './session/signed-in.guard';
import { CitizenSignIn } from './sign-in/citizen-sign-in';
import { SignInAttemptCookie } from './sign-in/sign-in-attempt-cookie';
import { SignInController } from './sign-in/sign-in.controller';
import { StartController } from './start/start.controller';

/** The citizen web app: a person's own view of what government sent them, over the API's /herald/v1/me. */
@Module({})
export class CitizenModule {
  static forRoot(config: HeraldConfig): DynamicModule {
    return {
      module: CitizenModule,
      imports: [ConfigModule.forRoot(config)],
      controllers: [StartController, SignInController, MessagesController, LookupsController, PreferencesController, DownloadController],
      providers: [
        CitizenSession,
        CitizenSignIn,
        SignInAttemptCookie,
        MessagesService,
        PreferencesService,
        { provide: CsrfTokens, inject: [HERALD_CONFIG], useFactory: (c: HeraldConfig) => new CsrfTokens(c.encryptionKey) },
        // Order matters: a forged post is refused before anything else happens.
        { provide: APP_GUARD, useClass: CsrfGuard },
        { provide: APP_GUARD, useClass: SignedInGuard },
      ],
    };
  }
}
