import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HERALD_CONFIG, HeraldConfig } from '@herald/config';
import { dataSourceOptions } from './database/data-source-options';
import { DatabaseReadiness } from './database/database-readiness';
import { FieldCipher } from './database/field-cipher';
import { ApiKeyRepository } from './repositories/api-key.repository';
import { MessageRepository } from './repositories/message.repository';
import { PurposeLogRepository } from './repositories/purpose-log.repository';
import { MessagePurgeRepository } from './repositories/message-purge.repository';
import { RecipientMessageRepository } from './repositories/recipient-message.repository';
import { OversightRepository } from './repositories/oversight.repository';
import { RegisterRepository } from './repositories/register.repository';
import { ServiceRegisterPurposeRepository } from './repositories/service-register-purpose.repository';
import { AlternativeFormatRepository } from './repositories/alternative-format.repository';
import { DocumentRepository } from './repositories/document.repository';
import { EmailReplyToRepository } from './repositories/email-reply-to.repository';
import { GuestListRepository } from './repositories/guest-list.repository';
import { InboundSmsRepository } from './repositories/inbound-sms.repository';
import { ConversationRepository } from './repositories/conversation.repository';
import { LetterRepository } from './repositories/letter.repository';
import { NotificationRepository } from './repositories/notification.repository';
import { NotificationClaimRepository } from './repositories/notification-claim.repository';
import { PrecompiledTemplateRepository } from './repositories/precompiled-template.repository';
import { ServiceRepository } from './repositories/service.repository';
import { SmsSenderRepository } from './repositories/sms-sender.repository';
import { TemplateRepository } from './repositories/template.repository';
import { TemplateSetRepository } from './repositories/template-set.repository';
import { UserRepository } from './repositories/user.repository';
import { CallbackEventRepository } from './repositories/callback-event.repository';
import { ServiceCallbackRepository } from './repositories/service-callback.repository';
import { ComplaintRepository } from './repositories/complaint.repository';
import { AuditRepository } from './repositories/audit.repository';
import { SessionRepository } from './repositories/session.repository';
import { TeamMemberRepository } from './repositories/team-member.repository';
import { InvitationRepository } from './repositories/invitation.repository';
import { AccountTokenRepository } from './repositories/account-token.repository';
import { UserProfileRepository } from './repositories/user-profile.repository';
import { SignInChallengeRepository } from './repositories/sign-in-challenge.repository';
import { UserAccountRepository } from './repositories/user-account.repository';
import { DataRetentionRepository } from './repositories/data-retention.repository';
import { EmailBrandingRepository } from './repositories/email-branding.repository';
import { GoLiveRequestRepository } from './repositories/go-live-request.repository';
import { LetterContactRepository } from './repositories/letter-contact.repository';
import { NotificationPurgeRepository } from './repositories/notification-purge.repository';
import { JobRepository } from './repositories/job.repository';
import { UploadRepository } from './repositories/upload.repository';
import { PlatformStatisticsRepository } from './repositories/platform-statistics.repository';
import { PlatformDirectoryRepository } from './repositories/platform-directory.repository';
import { TemplateFolderRepository } from './repositories/template-folder.repository';
import { NotificationActivityRepository } from './repositories/notification-activity.repository';
import { NotificationSearchRepository } from './repositories/notification-search.repository';
import { ServiceStatisticsRepository } from './repositories/service-statistics.repository';
import { UsageRepository } from './repositories/usage.repository';
import { OrganisationRepository } from './repositories/organisation.repository';
import { RecipientKeys } from './repositories/recipient-keys';
import { RecipientPreferenceRepository } from './repositories/recipient-preference.repository';
import { CachedSettings } from './settings/cached-settings';
import { SettingsChanges } from './settings/settings-changes';

const REPOSITORIES = [
  ServiceRepository,
  UserRepository,
  ApiKeyRepository,
  TemplateRepository,
  TemplateSetRepository,
  EmailReplyToRepository,
  NotificationRepository,
  NotificationClaimRepository,
  DocumentRepository,
  SmsSenderRepository,
  GuestListRepository,
  LetterRepository,
  PrecompiledTemplateRepository,
  InboundSmsRepository,
  ConversationRepository,
  ServiceCallbackRepository,
  CallbackEventRepository,
  ComplaintRepository,
  SessionRepository,
  AuditRepository,
  TeamMemberRepository,
  InvitationRepository,
  AccountTokenRepository,
  UserProfileRepository,
  SignInChallengeRepository,
  UserAccountRepository,
  UploadRepository,
  JobRepository,
  LetterContactRepository,
  EmailBrandingRepository,
  DataRetentionRepository,
  GoLiveRequestRepository,
  NotificationPurgeRepository,
  PlatformStatisticsRepository,
  PlatformDirectoryRepository,
  TemplateFolderRepository,
  NotificationActivityRepository,
  NotificationSearchRepository,
  ServiceStatisticsRepository,
  RecipientKeys,
  RecipientPreferenceRepository,
  MessageRepository,
  AlternativeFormatRepository,
  PurposeLogRepository,
  MessagePurgeRepository,
  RecipientMessageRepository,
  OversightRepository,
  RegisterRepository,
  ServiceRegisterPurposeRepository,
  UsageRepository,
  OrganisationRepository,
];

/** The database connection, the field cipher, its readiness check and one repository per aggregate. */
@Global()
@Module({
  providers: [
    {
      provide: DataSource,
      inject: [HERALD_CONFIG],
      useFactory: async (config: HeraldConfig) => new DataSource(dataSourceOptions(config)).initialize(),
    },
    { provide: FieldCipher, inject: [HERALD_CONFIG], useFactory: (config: HeraldConfig) => new FieldCipher(config.encryptionKey) },
    DatabaseReadiness,
    ...REPOSITORIES,
    SettingsChanges,
    CachedSettings,
  ],
  exports: [DataSource, FieldCipher, DatabaseReadiness, ...REPOSITORIES, SettingsChanges, CachedSettings],
})
export class PersistenceModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
