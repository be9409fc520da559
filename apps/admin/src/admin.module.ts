import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ConfigModule, HERALD_CONFIG, HeraldConfig } from '@herald/config';
import { ApiIntegrationController } from './api-integration/api-integration.controller';
import { ApiKeysController } from './api-integration/api-keys.controller';
import { CallbacksController } from './api-integration/callbacks.controller';
import { GuestListController } from './api-integration/guest-list.controller';
import { DashboardController } from './dashboard/dashboard.controller';
import { ActivityController } from './activity/activity.controller';
import { JobsController } from './jobs/jobs.controller';
import { SendController } from './send/send.controller';
import { BrandingController } from './settings/branding.controller';
import { ContentChecksController } from './settings/content-checks.controller';
import { GoLiveController } from './settings/go-live.controller';
import { SendersController } from './settings/senders.controller';
import { SettingsController } from './settings/settings.controller';
import { CsrfGuard } from './session/csrf.guard';
import { CsrfTokens } from './session/csrf-tokens';
import { AdminSessionGuard } from './session/admin-session.guard';
import { PermissionGuard } from './permissions/permission.guard';
import { ServicesController } from './services/services.controller';
import { PlatformAuditController } from './platform/platform-audit.controller';
import { PlatformDashboardController } from './platform/platform-dashboard.controller';
import { PlatformFindController } from './platform/platform-find.controller';
import { PlatformServicesController } from './platform/platform-services.controller';
import { PlatformRolesController } from './platform/platform-roles.controller';
import { OversightController } from './oversight/oversight.controller';
import { OversightRecordsController } from './oversight/oversight-records.controller';
import { SignInController } from './sign-in/sign-in.controller';
import { SignInCodeController } from './accounts/sign-in-code.controller';
import { InvitationController } from './accounts/invitation.controller';
import { AccountController } from './accounts/account.controller';
import { PasswordResetController } from './accounts/password-reset.controller';
import { ProfileController } from './accounts/profile.controller';
import { SecurityCodeController } from './accounts/security-code.controller';
import { EmailChangeLinkController } from './accounts/email-change-link.controller';
import { TeamController } from './team/team.controller';
import { ReceivedTextsController } from './inbound/received-texts.controller';
import { SignInSession } from './sign-in/sign-in-session';
import { TemplatesController } from './templates/templates.controller';
import { TemplateController } from './templates/template.controller';
import { TemplateFoldersController } from './templates/template-folders.controller';
import { TemplateSetsController } from './template-sets/template-sets.controller';
import { MessagesController } from './messages/messages.controller';
import { RecipientPreferencesController } from './preferences/recipient-preferences.controller';
import { AlternativeFormatsController } from './alternative-formats/alternative-formats.controller';
import { PlatformRegistersController } from './registers/platform-registers.controller';
import { ServiceLookupsController } from './registers/service-lookups.controller';
import { UsageController } from './usage/usage.controller';
import { OrganisationsController } from './organisations/organisations.controller';
import { GuidanceController } from './guidance/guidance.controller';
import { LetterPagesController } from './letter-pages/letter-pages.controller';
import { LetterPageRenderer } from './letter-pages/letter-page-renderer';
import { SealedValues } from './letter-pages/sealed-values';
import { MessagePreviews } from './previews/message-previews';

/** The admin web UI. Each area adds its controller to `controllers` (one line each). */
@Module({})
export class AdminModule {
  static forRoot(config: HeraldConfig): DynamicModule {
    return {
      module: AdminModule,
      imports: [ConfigModule.forRoot(config)],
      controllers: [
        SignInController,
        SignInCodeController,
        InvitationController,
        AccountController,
        PasswordResetController,
        ProfileController,
        SecurityCodeController,
        EmailChangeLinkController,
        TeamController,
        ServicesController,
        DashboardController,
        ActivityController,
        ReceivedTextsController,
        SendController,
        JobsController,
        PlatformServicesController,
        PlatformDashboardController,
        PlatformFindController,
        PlatformAuditController,
        PlatformRolesController,
        OversightController,
        OversightRecordsController,
        ApiIntegrationController,
        ApiKeysController,
        CallbacksController,
        GuestListController,
        SettingsController,
        BrandingController,
        ContentChecksController,
        GoLiveController,
        SendersController,
        TemplatesController,
        TemplateFoldersController,
        TemplateController,
        TemplateSetsController,
        MessagesController,
        RecipientPreferencesController,
        AlternativeFormatsController,
        PlatformRegistersController,
        ServiceLookupsController,
        UsageController,
        OrganisationsController,
        GuidanceController,
        LetterPagesController,
      ],
      providers: [
        SignInSession,
        { provide: CsrfTokens, inject: [HERALD_CONFIG], useFactory: (c: HeraldConfig) => new CsrfTokens(c.encryptionKey) },
        LetterPageRenderer,
        MessagePreviews,
        { provide: SealedValues, inject: [HERALD_CONFIG], useFactory: (c: HeraldConfig) => new SealedValues(c.encryptionKey) },
        // Order matters: a forged post is refused before anything else happens.
        { provide: APP_GUARD, useClass: CsrfGuard },
        { provide: APP_GUARD, useClass: AdminSessionGuard },
        // After the session guard, which loads the member's permissions in the route's service.
        { provide: APP_GUARD, useClass: PermissionGuard },
      ],
    };
  }
}
