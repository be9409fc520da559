export {
  canTransition,
  expandStatusFilters,
  isCompletedStatus,
  isFinalStatus,
  NOTIFICATION_STATUS_FILTERS,
  NOTIFICATION_STATUSES,
  NotificationStatus,
  NotificationStatusFilter,
  statusesThatMayBecome,
} from './notifications/notification-status';
export { notificationIdFromBounceAddress, notificationIdFromMessageId } from './notifications/email-message-id';
export {
  DEFAULT_SERVICE_PERMISSIONS,
  KEY_TYPES,
  KeyType,
  keyTypeLabel,
  SERVICE_PERMISSIONS,
  ServicePermission,
  TEMPLATE_TYPES,
  TemplateType,
} from './notifications/notification-types';
export { FieldProblem } from './errors/field-problem';
export { InvalidFieldsError } from './errors/invalid-fields.error';
export { NotFoundError } from './errors/not-found.error';
export { ProviderError, ProviderErrorKind } from './channels/provider-error';
export { EMAIL_PROVIDER, EmailProvider, OutboundEmail, ProviderAcceptance, SIMULATED_EMAIL_PROVIDER } from './channels/email-provider';
export { OutboundSms, SIMULATED_SMS_PROVIDER, SmsProvider } from './channels/sms-provider';
export { emailLocalPart } from './services/email-local-part';
export { EmailAddressValidation, isSmokeTestEmailAddress, validateEmailAddress } from './recipients/email-address';
export {
  isSmokeTestPhoneNumber,
  isValidSmsSender,
  normaliseSenderIfPhoneNumber,
  PhoneNumberError,
  PhoneNumberOptions,
  PhoneNumberRefusal,
  PhoneNumberValidation,
  refusalForService,
  validatePhoneNumber,
  ValidPhoneNumber,
} from './recipients/phone-number';
export { GUEST_LIST_RECIPIENT_TYPES, GuestListRecipient, GuestListRecipientType, parseGuestListRecipient } from './recipients/guest-list-recipient';
export { SMS_RATE_POUNDS, smsCost, SmsCostDetails } from './notifications/sms-cost';
export { FILE_EXTENSION_MIME_TYPES, fileExtension, isAllowedMimeType, sniffMimeType, SUPPORTED_FILE_TYPES } from './documents/file-types';
export {
  ADDRESS_KEYS,
  ADDRESS_MESSAGES,
  addressFieldText,
  normaliseAddressLines,
  PostalAddress,
  PostalAddressValidation,
  rawAddressLines,
  validatePostalAddress,
} from './recipients/postal-address';
export { EUROPE, InternationalPostage, REST_OF_WORLD, UK_NAMES } from './recipients/postal-countries';
export { formatUkPostcode, isUkPostcode } from './recipients/uk-postcode';
export { DEFAULT_POSTAGE, isPostage, isUkPostage, letterPostage, MAX_TRANSIT_DAYS, POSTAGE, Postage, UK_POSTAGE, UkPostage } from './letters/postage';
export { estimatedDelivery } from './letters/estimated-delivery';
export { newLetterReference } from './letters/letter-reference';
export { LETTER_PROVIDER, LetterProvider, PrintBatchAcceptance, PrintLetter, PrintOutcome } from './channels/letter-provider';
export { LETTER_RATES, letterCostInPounds, sheetsOfPaper } from './letters/letter-cost';
export { CALLBACK_TYPES, CallbackType, isReportedStatus, MIN_CALLBACK_TOKEN_LENGTH, REPORTED_STATUSES } from './callbacks/callback-types';
export { callbackAddressProblem, CallbackUrlPolicy, callbackUrlProblem, hostOf, nonPublicKind } from './callbacks/callback-url-policy';
export { callbackUrlRefusal } from './callbacks/callback-url-refusal';
export { formatApiKey } from './api-keys/api-key-format';
export {
  complaintBody,
  ComplaintCallbackBody,
  deliveryStatusBody,
  DeliveryStatusCallbackBody,
  inboundSmsBody,
  InboundSmsCallbackBody,
  ReportedNotification,
} from './callbacks/callback-bodies';
export { notifyTimestamp } from './time/notify-timestamp';
export { UK_TIME_ZONE } from './time/uk-time-zone';
export {
  formatTeamPermissions,
  isTeamPermission,
  parseTeamPermissions,
  TEAM_PERMISSION_LABELS,
  TEAM_PERMISSIONS,
  TeamPermission,
} from './team/team-permission';
export { SMS_PROVIDER_HEALTH, SmsProviderHealth, SmsProviderState, SmsSendOutcome } from './channels/sms-provider-health';
export {
  EMPTY_WINDOW,
  judgeSmsProvider,
  reportSmsProviders,
  SmsFailoverThresholds,
  SmsProviderReport,
  SmsProviderVerdict,
  SmsProviderWindow,
  summariseWindow,
} from './channels/sms-provider-window';
export { FIRST_DATA_ROW, JOB_STATUSES, JobStatus, MAX_JOB_ROWS } from './jobs/job-status';
export { MAX_SCHEDULE_DAYS, scheduleProblem, scheduleSlots } from './jobs/job-schedule';
export { columnKey, jobRecipient, JobRecipient, letterAddressPersonalisation, recipientColumns, requiredRecipientColumns } from './jobs/job-recipient';
export {
  brandingLogoPath,
  brandingLogoUrl,
  checkBrandColour,
  checkLetterContactBlock,
  checkLogo,
  checkRetentionDays,
  checkOrganisationName,
  checkServiceName,
  DEFAULT_RETENTION_DAYS,
  LOGO_MIME_TYPES,
  MAX_LOGO_BYTES,
  MAX_ORGANISATION_NAME_LENGTH,
  MAX_RETENTION_DAYS,
  MAX_SERVICE_NAME_LENGTH,
  MIN_RETENTION_DAYS,
  RetentionDays,
  RuleResult,
} from './services/service-settings-rules';
export { SMS_CHARACTER_LIMIT } from './notifications/sms-character-limit';
export { templateTypeOf, validTemplateFields, ValidTemplateFields } from './templates/template-fields.validation';
export { checkNewApiKey } from './api-keys/api-key-fields';
export { checkReplyToAddress, checkSmsSender } from './services/sender-fields';
export { guestListProblems, MAX_GUEST_LIST_ENTRIES_PER_TYPE } from './recipients/guest-list-fields';
export { callbackProblems } from './callbacks/callback-fields';
export { InboundNumberDirectory, InboundTextReceipt, InboundTextStore, ReceivedText, receiveInboundText } from './inbound/inbound-text-receipt';
export type { LetterFacts, NewNotification, SmsFacts, StoredNotification } from './notifications/notification.model';
export type { DeliveryResult } from './notifications/delivery-result.model';
export type { ProviderReceipt, ReceiptOutcome } from './notifications/provider-receipt.model';
export type { NewService, Service, ServiceChanges } from './services/service.model';
export type { EmailReplyTo } from './services/email-reply-to.model';
export type { SmsSender, SmsSenderOptions } from './services/sms-sender.model';
export type { LetterContact } from './services/letter-contact.model';
export type { ServiceCallback } from './callbacks/service-callback.model';
export type { TemplateVersion } from './templates/template-version.model';
export type { TemplateChanges, TemplateFieldsInput } from './templates/template-changes.model';
export type { TemplateFolder } from './templates/template-folder.model';
export type { NewJob, StoredJob } from './jobs/job.model';
export type { NewUpload, StoredUpload, UploadedRow } from './jobs/upload.model';
export type { User } from './team/user.model';
export type { Membership, TeamMember } from './team/team-member.model';
export type { NewDocument, StoredDocument } from './documents/document.model';
export type { GoLiveRequest, GoLiveRequestStatus } from './services/go-live-request.model';
export type { ApiKeyCredential, ApiKeySummary } from './api-keys/api-key.model';
export type { Invitation, InvitationKind, IssuedInvitation, NewInvitation } from './team/invitation.model';
export type { InboundText, NewInboundText } from './inbound/inbound-text.model';
export type { AuditEvent, NewAuditEvent } from './audit/audit-event.model';
export type { BrandingLogo, EmailBranding, EmailBrandingChanges } from './services/email-branding.model';
export type { GuestListEntry } from './recipients/guest-list-entry.model';
export type { LetterPdf, LetterStatusChange, NewLetter, PrintReadyLetter } from './letters/letter.model';
export type { NewComplaintReport, StoredComplaint } from './notifications/complaint.model';
export type { ServiceRetention } from './services/service-retention.model';
export {
  MESSAGE_CHANNELS,
  MessageChannel,
  MUTABLE_KINDS,
  MutableKind,
  PublishedVariant,
  TEMPLATE_SET_KINDS,
  TemplateSet,
  TemplateSetDraft,
  TemplateSetKind,
  TemplateSetVariant,
  TemplateSetVersion,
  VARIANT_LANGUAGES,
  VariantLanguage,
} from './messages/template-set.model';
export {
  ATTEMPT_REASONS,
  AttemptReason,
  AttemptWithStatus,
  LETTER_FORMATS,
  LetterFormat,
  Message,
  MessageAttempt,
  MessageRecipient,
  MESSAGE_STATUSES,
  MessageStatus,
  ROUTE_DECISIONS,
  ROUTE_REASONS,
  RouteDecision,
  RouteReason,
  RouteStep,
  ROUTING_METHODS,
  RoutingMethod,
  SKIP_REASONS,
  SkipReason,
} from './messages/message.model';
export {
  ChannelSwitches,
  FORMAT_NEEDS,
  FormatNeed,
  GlobalPreferences,
  PREFERENCE_CHANNELS,
  PREFERENCE_LANGUAGES,
  PREFERENCE_LAYERS,
  PREFERENCE_SOURCES,
  PreferenceChange,
  PreferenceChannel,
  PreferenceLayer,
  PreferenceSource,
  RecipientPreferences,
  ServicePreferences,
} from './preferences/recipient-preferences.model';
export { ChannelPermission, channelPermission, formatNeedsOf, isKindMuted, isPaperOnly, preferredLanguage } from './preferences/channel-permission';
export { parseIsoDuration } from './time/iso-duration';
export { Clock, SystemClock } from './time/clock';
export { MessageBody, messageBody } from './messages/message-body';
export {
  CONTACT_FIELDS,
  ContactDetails,
  ContactField,
  LOOKUP_OUTCOMES,
  LookupOutcome,
  LookupResult,
  PurposeLogEntry,
  RecipientIdentifier,
  REGISTER_ADAPTERS,
  RegisterAdapter,
  RegisterDefinition,
  ServiceRegisterPurpose,
} from './registers/register.model';
export {
  CHECK_RULES,
  CHECK_SEVERITIES,
  CheckField,
  CheckFinding,
  CheckRule,
  CheckRuleSettings,
  CheckSeverity,
  DEFAULT_CHECK_RULES,
  ReadabilityScore,
  TemplateCheckReport,
} from './checks/template-check.model';
export { CHECK_RULE_NAMES, CHECK_SEVERITY_NAMES } from './checks/check-rule-names';
