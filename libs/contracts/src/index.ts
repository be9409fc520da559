export {
  EmailNotificationCreated,
  NotificationListResponse,
  NotificationResponse,
  NotifyErrorBody,
  TemplateReference,
} from './public-api.types';
export { TemplateListResponse, TemplatePreviewResponse, TemplateResponse } from './template-api.types';
export { SmsNotificationCreated } from './sms-api.types';
export { ReceivedTextMessage, ReceivedTextMessagesResponse } from './received-text-api.types';
export { LetterNotificationCreated, PrecompiledLetterCreated } from './letter-api.types';
export { InternalApiError, InternalApiProblem, InternalHttp, InternalRequestOptions } from './internal/internal-http';
export { InternalApiClient } from './internal/internal-api-client';
export { AccountClient } from './internal/account.client';
export { AccountUser, CurrentAccount, SecondFactorMethod, ServiceMembership, SignedInSession, SignInChallenge } from './internal/account-api.types';
export { ApiIntegrationClient } from './internal/api-integration.client';
export * from './internal/api-integration-api.types';
export { PlatformClient } from './internal/platform.client';
export * from './internal/platform-api.types';
export { SettingsClient } from './internal/settings.client';
export * from './internal/settings-api.types';
export { ServicesClient } from './internal/services.client';
export { CreatedService, NewServiceRequest } from './internal/services-api.types';
export { TeamClient } from './internal/team.client';
export { AcceptedInvitation, AcceptInvitationRequest, InvitationSummary, InviteRequest, PendingInvitationView, TeamMemberView, TeamView } from './internal/team-api.types';
export { SendClient } from './internal/send.client';
export * from './internal/send-api.types';
export { JobsClient, UPLOAD_CONTENT_TYPE } from './internal/jobs.client';
export * from './internal/jobs-api.types';
export { TemplatesClient } from './internal/templates.client';
export * from './internal/templates-api.types';
export { DashboardClient } from './internal/dashboard.client';
export * from './internal/dashboard-api.types';
export { ActivityClient } from './internal/activity.client';
export * from './internal/activity-api.types';
