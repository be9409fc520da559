export { dataSourceOptions, ENTITIES, MIGRATIONS } from './database/data-source-options';
export { DatabaseReadiness, DatabaseState } from './database/database-readiness';
export { FieldCipher } from './database/field-cipher';
export { runMigrations } from './database/migrate';
export { PersistenceModule } from './persistence.module';
export { ApiKeyRepository } from './repositories/api-key.repository';
export { CallbackEvent, CallbackEventRepository, NewComplaint } from './repositories/callback-event.repository';
export { ComplaintRepository } from './repositories/complaint.repository';
export { DocumentRepository } from './repositories/document.repository';
export { EmailReplyToRepository } from './repositories/email-reply-to.repository';
export { GuestListRepository, InvalidGuestListRecipientError } from './repositories/guest-list.repository';
export { InboundSmsRepository, InboundTextPage } from './repositories/inbound-sms.repository';
export { ConversationRepository, ConversationSummary } from './repositories/conversation.repository';
export { LetterRepository } from './repositories/letter.repository';
export { NotificationRepository } from './repositories/notification.repository';
export { RecordedDelivery } from './repositories/notification-deliveries';
export { NotificationListQuery, ReplayCursor, StuckNotification } from './repositories/notification.types';
export { ClaimRequest, DeliveryClaim, NotificationClaimRepository } from './repositories/notification-claim.repository';
export { PrecompiledTemplateRepository } from './repositories/precompiled-template.repository';
export { ServiceRepository } from './repositories/service.repository';
export { SmsSenderRepository } from './repositories/sms-sender.repository';
export { ServiceCallbackRepository } from './repositories/service-callback.repository';
export { TemplateListItem, TemplateRepository } from './repositories/template.repository';
export { TemplateSetRepository } from './repositories/template-set.repository';
export { FolderDeletion, TemplateFolderRepository } from './repositories/template-folder.repository';
export { UserCredentials, UserRepository } from './repositories/user.repository';
export { AuditQuery, AuditRepository } from './repositories/audit.repository';
export { ActiveSession, OpenedSession, SessionRepository } from './repositories/session.repository';
export { TeamMemberRepository } from './repositories/team-member.repository';
export { CreatedJobNotification, JobRecipientsPage, JobReportRow, JobRepository } from './repositories/job.repository';
export { UploadRepository } from './repositories/upload.repository';
export { LetterContactRepository } from './repositories/letter-contact.repository';
export { EmailBrandingRepository } from './repositories/email-branding.repository';
export { DataRetentionRepository } from './repositories/data-retention.repository';
export { GoLiveRequestRepository } from './repositories/go-live-request.repository';
export { NotificationPurgeRepository } from './repositories/notification-purge.repository';
export {
  DELIVERED_STATUSES,
  DeliveryCounts,
  FAILED_STATUSES,
  MinuteCount,
  NotificationSighting,
  PlatformStatisticsRepository,
  ProviderCounts,
  ServiceVolumes,
} from './repositories/platform-statistics.repository';
export { InvitationRepository } from './repositories/invitation.repository';
export { AccountToken, AccountTokenRepository, NewAccountToken } from './repositories/account-token.repository';
export { AccountTokenPurpose } from './entities/account-token.entity';
export { UserProfile, UserProfileRepository } from './repositories/user-profile.repository';
export { NewChallenge, OpenChallenge, SecondFactorMethod, SignInChallengeRepository } from './repositories/sign-in-challenge.repository';
export { AccountSetUp, SecondFactorType, UserAccountRepository } from './repositories/user-account.repository';
export { NamedService, NamedUser, PlatformDirectoryRepository } from './repositories/platform-directory.repository';
export { NotificationActivityRepository, StatusChange } from './repositories/notification-activity.repository';
export {
  FoundNotification,
  NotificationSearch,
  NotificationSearchRepository,
  recipientForms,
  SearchResults,
} from './repositories/notification-search.repository';
export { DailyChannelCounts, FailedNotification, ServiceStatisticsRepository } from './repositories/service-statistics.repository';
export { RecipientContact, RecipientKeys } from './repositories/recipient-keys';
export { RecipientPreferenceRepository } from './repositories/recipient-preference.repository';
export { FieldChange, GLOBAL_LAYER, PreferenceUpdate } from './repositories/recipient-preference-rows';
export { MessageEvent, MessageRepository, NewMessage, RoutingChange } from './repositories/message.repository';
export { AlternativeFormatItem, AlternativeFormatRepository } from './repositories/alternative-format.repository';
export { NewPurposeLogEntry, PurposeLogPage, PurposeLogQuery, PurposeLogRepository } from './repositories/purpose-log.repository';
export { RecipientMessagePage, RecipientMessageRepository, RecipientMessageRow } from './repositories/recipient-message.repository';
export { ChannelStatusCount, MonthlyServiceCounts, OutcomeCount, OversightRepository, RegisterOutcomeCount } from './repositories/oversight.repository';
export { RegisterRepository, RegisterToSave } from './repositories/register.repository';
export { NewServiceRegisterPurpose, ServiceRegisterPurposeRepository } from './repositories/service-register-purpose.repository';
export { MessagePurgeRepository } from './repositories/message-purge.repository';
export { NOT_SENT_STATUSES, PeriodUsage, UsageRepository } from './repositories/usage.repository';
export { OrganisationMembership, OrganisationRepository, OrganisationService } from './repositories/organisation.repository';
export { CachedSettings } from './settings/cached-settings';
export { SETTINGS_TTL_MS, SettingsCache } from './settings/settings-cache';
export { SETTINGS_KINDS, SettingsChange, SettingsChangeCarrier, SettingsChanges, SettingsKind } from './settings/settings-changes';
