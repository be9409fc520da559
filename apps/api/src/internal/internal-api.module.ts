import { Module } from '@nestjs/common';
import { AccountsModule } from './accounts/accounts.module';
import { ActivityModule } from './activity/activity.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { ApiIntegrationModule } from './api-integration/api-integration.module';
import { TeamModule } from './team/team.module';
import { InternalAuthGuard } from './auth/internal-auth.guard';
import { JobsModule } from './jobs/jobs.module';
import { SendModule } from './send/send.module';
import { PlatformModule } from './platform/platform.module';
import { ServicesModule } from './services/services.module';
import { SettingsModule } from './settings/settings.module';
import { AccountQueryService } from './sign-in/account-query.service';
import { SignInController } from './sign-in/sign-in.controller';
import { SignInService } from './sign-in/sign-in.service';
import { TemplatesModule } from './templates/templates.module';
import { TemplateSetsModule } from './template-sets/template-sets.module';
import { PreferencesModule } from './preferences/preferences.module';
import { MessagesModule } from './messages/messages.module';
import { AlternativeFormatsModule } from './alternative-formats/alternative-formats.module';
import { OversightModule } from './oversight/oversight.module';
import { InternalRegistersModule } from './registers/registers.module';
import { UsageModule } from './usage/usage.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { InboundModule } from './inbound/inbound.module';

/**
 * The admin-facing API under /internal, authenticated by session tokens. Each area of the admin
 * has its own module here; add it to `imports`.
 */
@Module({
  imports: [
    PlatformModule,
    ApiIntegrationModule,
    SettingsModule,
    AccountsModule,
    TeamModule,
    SendModule,
    JobsModule,
    TemplatesModule,
    TemplateSetsModule,
    DashboardModule,
    ActivityModule,
    ServicesModule,
    PreferencesModule,
    MessagesModule,
    AlternativeFormatsModule,
    OversightModule,
    InternalRegistersModule,
    UsageModule,
    OrganisationsModule,
    InboundModule,
  ],
  controllers: [SignInController],
  providers: [InternalAuthGuard, SignInService, AccountQueryService],
  exports: [InternalAuthGuard],
})
export class InternalApiModule {}
