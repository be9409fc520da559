export { EmailNotificationCreated, NotificationListResponse, NotificationResponse, NotifyErrorBody, TemplateReference } from './public-api.types';
export { TemplateListResponse, TemplatePreviewResponse, TemplateResponse } from './template-api.types';
export { CheckFindingView, CheckReportView, ReadabilityView, TemplateChecksResponse, TemplateSetChecksResponse } from './template-checks-api.types';
// JSON Schemas of the public API's responses, published by the API reference (/docs/openapi.json).
export { arrayOf, described, JsonSchema, nullable, objectSchema, oneOfValues, schemaRef, TEXT, UUID } from './json-schema';
export { PUBLIC_API_SCHEMAS } from './public-api.schemas';
export { TEMPLATE_API_SCHEMAS } from './template-api.schemas';
export { TEMPLATE_CHECKS_API_SCHEMAS } from './template-checks-api.schemas';
export { MESSAGE_API_SCHEMAS } from './message-api.schemas';
export { CITIZEN_API_SCHEMAS } from './citizen/citizen-api.schemas';
export { CheckRuleView, CheckRulesChange, CheckRulesView } from './internal/check-rules-api.types';
export { SmsNotificationCreated } from './sms-api.types';
export { ReceivedTextMessage, ReceivedTextMessagesResponse } from './received-text-api.types';
export { LetterNotificationCreated, PrecompiledLetterCreated } from './letter-api.types';
export { InternalApiError, InternalApiProblem, InternalHttp, InternalRequestOptions } from './internal/internal-http';
export { PROBLEM_CODES, ProblemCode } from './internal/problem-codes';
export { InternalApiClient } from './internal/internal-api-client';
export { AccountClient } from './internal/account.client';
export { ProfileClient } from './internal/profile.client';
export { AuthenticatorSetUp, EmailChangeSummary, UserProfileView } from './internal/profile-api.types';
export { AccountUser, CurrentAccount, SecondFactorMethod, ServiceMembership, SignedInSession, SignInChallenge } from './internal/account-api.types';
export { ApiIntegrationClient } from './internal/api-integration.client';
export {
  ADMIN_CALLBACK_TYPES,
  AdminCallbackType,
  ApiKeyView,
  ApiRequestView,
  CallbackChange,
  CallbackView,
  CreatedApiKey,
  GuestListView,
  LatestApiRequests,
  NewApiKey,
} from './internal/api-integration-api.types';
export { PlatformClient } from './internal/platform.client';
export {
  GoLiveDecisionRequest,
  GoLiveDecisionResponse,
  PlatformAuditEvent,
  PlatformAuditQuery,
  PlatformAuditResponse,
  PlatformChannel,
  PlatformDashboardResponse,
  PlatformDeliveryCounts,
  PlatformGoLiveRequest,
  PlatformMinute,
  PlatformNotificationFound,
  PlatformProviderRates,
  PlatformQueueDepth,
  PlatformServicesResponse,
  PlatformServiceSummary,
  PlatformSmsProvider,
} from './internal/platform-api.types';
export { SettingsClient } from './internal/settings.client';
export {
  BrandingChange,
  BrandingView,
  GoLiveRequestForm,
  GoLiveRequestView,
  LetterContactView,
  NewLetterContact,
  NewReplyTo,
  NewSmsSender,
  ReplyToView,
  RetentionChange,
  ServiceSettingsView,
  SettingsChannel,
  SmsSenderView,
} from './internal/settings-api.types';
export { ServicesClient } from './internal/services.client';
export { CreatedService, NewServiceChannel, NewServiceOptions, NewServiceRequest } from './internal/services-api.types';
export { ConversationMessageView, ConversationSummaryView, ConversationView, ReceivedTextsView } from './internal/inbound-api.types';
export { InboundClient } from './internal/inbound.client';
export { TeamClient } from './internal/team.client';
export {
  AcceptedInvitation,
  AcceptInvitationRequest,
  InvitationSummary,
  InviteRequest,
  PendingInvitationView,
  TeamMemberView,
  TeamView,
} from './internal/team-api.types';
export { SendClient } from './internal/send.client';
export { MessagePreview, SendableTemplate, SendOneRequest, SendOneResult, SentNotification, TemplateChoice } from './internal/send-api.types';
export { JobsClient, UPLOAD_CONTENT_TYPE } from './internal/jobs.client';
export {
  JOB_RECIPIENT_FILTERS,
  JobProgress,
  JobRecipient,
  JobRecipientFilter,
  JobRecipientsPage,
  JobStatusName,
  JobSummary,
  StartJobRequest,
  UploadProblem,
  UploadResult,
  UploadSummary,
} from './internal/jobs-api.types';
export { TemplatesClient } from './internal/templates.client';
export {
  DiffLineView,
  SmsCounts,
  TemplateFields,
  TemplateFolderView,
  TemplateHistoryView,
  TemplateListView,
  TemplateMove,
  TemplatePreviewView,
  TemplateSummaryView,
  TemplateVersionView,
  TemplateView,
} from './internal/templates-api.types';
export { TemplateSetsClient } from './internal/template-sets.client';
export {
  EmailVariantPreview,
  PublishedVariantView,
  SmsVariantPreview,
  TemplateSetFields,
  TemplateSetListView,
  TemplateSetSummaryView,
  TemplateSetVariantFields,
  TemplateSetVariantView,
  TemplateSetVersionView,
  TemplateSetView,
  VariantPreview,
  VariantPreviewFormat,
} from './internal/template-sets-api.types';
export { DashboardClient } from './internal/dashboard.client';
export {
  ChannelCounts,
  CountsByChannel,
  DashboardBulkSend,
  DashboardChannel,
  DashboardDay,
  DashboardFailure,
  ServiceDashboardResponse,
} from './internal/dashboard-api.types';
export { ActivityClient } from './internal/activity.client';
export {
  ACTIVITY_STATUS_GROUPS,
  ActivityChannel,
  ActivityNotification,
  ActivityPage,
  ActivitySearch,
  ActivityStatusGroup,
  NotificationContent,
  NotificationDetail,
  NotificationHistoryEntry,
  NotificationSender,
} from './internal/activity-api.types';
export { channelWords, printRunWords, statusWords, StatusWords, ukSpreadsheetTime } from './internal/notification-status-words';
// The admin shows dates and times in the UK's time zone and may import only contracts and config.
export { UK_TIME_ZONE } from '@herald/domain';
// R-CK: the admin names each content check as the API and the CLI do.
export { CHECK_RULE_NAMES } from '@herald/domain';
export { PreferencesClient } from './internal/preferences.client';
export {
  AssistedPreferenceChange,
  GlobalPreferencesView,
  PreferenceHistoryView,
  RecipientLookupQuery,
  RecipientPreferencesView,
  ServicePreferencesView,
} from './internal/preferences-api.types';
export { MessagesClient, MessageView } from './internal/messages.client';
export { AlternativeFormatsClient } from './internal/alternative-formats.client';
export { AlternativeFormatListView, AlternativeFormatView } from './internal/alternative-formats-api.types';
export { AuditorChange, AuditorChanged, PlatformRoleHolder, PlatformRolesResponse } from './internal/platform-roles-api.types';
export { OversightClient } from './internal/oversight.client';
export { UsageClient } from './internal/usage.client';
export { ServiceUsageResponse, UsageFigures, UsageMonth } from './internal/usage-api.types';
export { OrganisationsClient } from './internal/organisations.client';
export {
  OrganisationListResponse,
  OrganisationResponse,
  OrganisationServiceSummary,
  OrganisationSummary,
  OrganisationTeamMember,
} from './internal/organisations-api.types';
export { RegistersClient } from './internal/registers.client';
export {
  RegisterGrantRequestBody,
  RegisterGrantView,
  RegisterRevokeRequestBody,
  RegisterSaveRequest,
  RegistersResponse,
  RegisterView,
  ServiceLookupsResponse,
  ServiceLookupView,
  ServiceRegisterGrantsResponse,
} from './internal/registers-api.types';
export {
  OversightAuditEvent,
  OversightAuditQuery,
  OversightAuditResponse,
  OversightFiguresResponse,
  OversightGrantedPurpose,
  OversightLookupOutcome,
  OversightMonthlyFigures,
  OversightPurposeLogEntry,
  OversightPurposeLogEntryResponse,
  OversightPurposeLogQuery,
  OversightPurposeLogResponse,
  OversightServiceRef,
  OversightServiceResponse,
  OversightStaffMember,
  OversightSummaryResponse,
} from './internal/oversight-api.types';
export {
  MeChannelOutcome,
  MeExport,
  MeLookup,
  MeLookupsResponse,
  MeMessage,
  MeMessagesResponse,
  MePreferenceChange,
  MePreferences,
  MePreferencesChange,
  MePreferencesChanged,
  MeProfile,
} from './citizen/citizen-api.types';
export { CitizenApiClient, MeExportFormat, MePage } from './citizen/citizen.client';
export { CitizenApiError, CitizenApiProblem } from './citizen/citizen-api-error';
