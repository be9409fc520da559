import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { HeraldConfig } from '@herald/config';
import { ApiKeyEntity } from '../entities/api-key.entity';
import { DocumentEntity } from '../entities/document.entity';
import { EmailReplyToEntity } from '../entities/email-reply-to.entity';
import { GuestListEntryEntity } from '../entities/guest-list-entry.entity';
import { InboundSmsEntity } from '../entities/inbound-sms.entity';
import { LetterPdfEntity } from '../entities/letter-pdf.entity';
import { NotificationEntity } from '../entities/notification.entity';
import { ServiceUserEntity } from '../entities/service-user.entity';
import { ServiceEntity } from '../entities/service.entity';
import { SmsSenderEntity } from '../entities/sms-sender.entity';
import { TemplateVersionEntity } from '../entities/template-version.entity';
import { TemplateEntity } from '../entities/template.entity';
import { UserEntity } from '../entities/user.entity';
import { InitialSchema1764230400000 } from '../migrations/1764230400000-initial-schema';
import { SmsSendersGuestList1764900000000 } from '../migrations/1764900000000-sms-senders-guest-list';
import { Letters1765000000000 } from '../migrations/1765000000000-letters';
import { InboundSms1765100000000 } from '../migrations/1765100000000-inbound-sms';
import { Documents1765200000000 } from '../migrations/1765200000000-documents';
import { ServiceCallbacks1765300000000 } from '../migrations/1765300000000-service-callbacks';
import { Receipts1765400000000 } from '../migrations/1765400000000-receipts';
import { Complaints1765400000001 } from '../migrations/1765400000001-complaints';
import { ComplaintEntity } from '../entities/complaint.entity';
import { NotificationStatusEventEntity } from '../entities/notification-status-event.entity';
import { ServiceCallbackEntity } from '../entities/service-callback.entity';
import { AdminAccounts1766000000000 } from '../migrations/1766000000000-admin-accounts';
import { AuditEventEntity } from '../entities/audit-event.entity';
import { UserSessionEntity } from '../entities/user-session.entity';
import { InvitationsAndChallenges1766000000100 } from '../migrations/1766000000100-invitations-and-challenges';
import { InvitationEntity } from '../entities/invitation.entity';
import { SignInChallengeEntity } from '../entities/sign-in-challenge.entity';
import { Jobs1766000000300 } from '../migrations/1766000000300-jobs';
import { JobEntity } from '../entities/job.entity';
import { UploadChunkEntity } from '../entities/upload-chunk.entity';
import { UploadEntity } from '../entities/upload.entity';
import { ServiceSettings1766000000600 } from '../migrations/1766000000600-service-settings';
import { EmailBrandingEntity } from '../entities/email-branding.entity';
import { GoLiveRequestEntity } from '../entities/go-live-request.entity';
import { ServiceDataRetentionEntity } from '../entities/service-data-retention.entity';
import { ServiceLetterContactEntity } from '../entities/service-letter-contact.entity';
import { TemplateFolders1766000000200 } from '../migrations/1766000000200-template-folders';
import { TemplateFolderEntity } from '../entities/template-folder.entity';
import { Activity1766000000400 } from '../migrations/1766000000400-activity';
import { NotificationStatusChangeEntity } from '../entities/notification-status-change.entity';
import { ClaimToken1766000000700 } from '../migrations/1766000000700-claim-token';
import { Omnichannel1767000000000 } from '../migrations/1767000000000-omnichannel';
import { AlternativeFormatEntity } from '../entities/alternative-format.entity';
import { MessageAttemptEntity } from '../entities/message-attempt.entity';
import { MessageEventEntity } from '../entities/message-event.entity';
import { MessageEntity } from '../entities/message.entity';
import { RecipientPreferenceChangeEntity } from '../entities/recipient-preference-change.entity';
import { RecipientPreferenceEntity } from '../entities/recipient-preference.entity';
import { TemplateSetVersionEntity } from '../entities/template-set-version.entity';
import { TemplateSetEntity } from '../entities/template-set.entity';
import { OnceOnlyAndTransparency1767100000000 } from '../migrations/1767100000000-once-only-and-transparency';
import { ServiceOrganisation1767100000100 } from '../migrations/1767100000100-service-organisation';
import { PurgeIndexes1767200000000 } from '../migrations/1767200000000-purge-indexes';
import { AccountTokens1767300000100 } from '../migrations/1767300000100-account-tokens';
import { JobSchedule1767300000200 } from '../migrations/1767300000200-job-schedule';
import { InboundConversations1767300000600 } from '../migrations/1767300000600-inbound-conversations';
import { AccountTokenEntity } from '../entities/account-token.entity';
import { MessageRecipientEntity } from '../entities/message-recipient.entity';
import { PurposeLogEntity } from '../entities/purpose-log.entity';
import { RegisterEntity } from '../entities/register.entity';
import { ServiceRegisterPurposeEntity } from '../entities/service-register-purpose.entity';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export const ENTITIES = [
  ServiceEntity,
  UserEntity,
  ServiceUserEntity,
  ApiKeyEntity,
  TemplateEntity,
  TemplateVersionEntity,
  EmailReplyToEntity,
  NotificationEntity,
  SmsSenderEntity,
  GuestListEntryEntity,
  DocumentEntity,
  LetterPdfEntity,
  InboundSmsEntity,
  ServiceCallbackEntity,
  NotificationStatusEventEntity,
  ComplaintEntity,
  UserSessionEntity,
  AuditEventEntity,
  InvitationEntity,
  SignInChallengeEntity,
  ServiceLetterContactEntity,
  EmailBrandingEntity,
  ServiceDataRetentionEntity,
  GoLiveRequestEntity,
  UploadEntity,
  UploadChunkEntity,
  JobEntity,
  TemplateFolderEntity,
  NotificationStatusChangeEntity,
  TemplateSetEntity,
  TemplateSetVersionEntity,
  MessageEntity,
  MessageAttemptEntity,
  MessageEventEntity,
  RecipientPreferenceEntity,
  RecipientPreferenceChangeEntity,
  AlternativeFormatEntity,
  MessageRecipientEntity,
  RegisterEntity,
  ServiceRegisterPurposeEntity,
  PurposeLogEntity,
  AccountTokenEntity,
];

export const MIGRATIONS = [
  InitialSchema1764230400000,
  SmsSendersGuestList1764900000000,
  Letters1765000000000,
  InboundSms1765100000000,
  Documents1765200000000,
  ServiceCallbacks1765300000000,
  Receipts1765400000000,
  Complaints1765400000001,
  AdminAccounts1766000000000,
  InvitationsAndChallenges1766000000100,
  TemplateFolders1766000000200,
  ServiceSettings1766000000600,
  Jobs1766000000300,
  Activity1766000000400,
  ClaimToken1766000000700,
  Omnichannel1767000000000,
  OnceOnlyAndTransparency1767100000000,
  ServiceOrganisation1767100000100,
  PurgeIndexes1767200000000,
  AccountTokens1767300000100,
  JobSchedule1767300000200,
  InboundConversations1767300000600,
];

/** PostgreSQL in production, an SQLite file under DATA_DIR for the embedded default. Never `synchronize`. */
export function dataSourceOptions(config: Pick<HeraldConfig, 'database'>): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: false,
  } as const;
  if (config.database.type === 'postgres') {
    return { ...common, type: 'postgres', url: config.database.url, extra: { max: 20, connectionTimeoutMillis: 5000 } };
  }
  mkdirSync(dirname(config.database.path), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: config.database.path,
    // WAL lets the API read while the worker writes; the timeout waits out a writer instead of failing.
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
    },
  };
}
