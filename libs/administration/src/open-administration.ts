import 'reflect-metadata';
import { DataSource } from 'typeorm';
import type { HeraldConfig } from '@herald/config';
import {
  ApiKeyRepository,
  AuditRepository,
  CachedSettings,
  dataSourceOptions,
  EmailReplyToRepository,
  FieldCipher,
  GuestListRepository,
  InboundSmsRepository,
  InvitationRepository,
  RecipientKeys,
  RecipientPreferenceRepository,
  RegisterRepository,
  ServiceRegisterPurposeRepository,
  LetterContactRepository,
  LetterRepository,
  MessageRepository,
  NotificationRepository,
  runMigrations,
  ServiceCallbackRepository,
  ServiceRepository,
  SettingsChanges,
  SmsSenderRepository,
  TeamMemberRepository,
  TemplateFolderRepository,
  TemplateRepository,
  TemplateSetRepository,
  UserAccountRepository,
  UserRepository,
} from '@herald/persistence';
import { publishSettingsChanges } from '@herald/redis';
import { AuditLog } from './audit/audit-log.service';
import { ApiKeyAdministration } from './api-keys/api-key-administration.service';
import { CheckRulesAdministration } from './checks/check-rules-administration.service';
import { CallbackAdministration } from './callbacks/callback-administration.service';
import { GuestListAdministration } from './guest-list/guest-list-administration.service';
import { InboundTextAdministration } from './inbound/inbound-text-administration.service';
import { PrintRunAdministration } from './letters/print-run-administration.service';
import { LetterContactAdministration } from './senders/letter-contact-administration.service';
import { ReplyToAdministration } from './senders/reply-to-administration.service';
import { SmsSenderAdministration } from './senders/sms-sender-administration.service';
import { ServiceAdministration } from './services/service-administration.service';
import { SmsProviderAdministration } from './sms-providers/sms-provider-administration.service';
import { TeamAdministration } from './team/team-administration.service';
import { TemplateAdministration } from './templates/template-administration.service';
import { TemplateSetAdministration } from './template-sets/template-set-administration.service';
import { UserAdministration } from './users/user-administration.service';
import { PreferenceAdministration } from './preferences/preference-administration.service';
import { MessageAdministration } from './messages/message-administration.service';
import { RegisterAdministration } from './registers/register-administration.service';

/** The shared application services on a database of their own, for a program without Nest (the CLI). */
export interface Administration {
  readonly services: ServiceAdministration;
  readonly apiKeys: ApiKeyAdministration;
  readonly templates: TemplateAdministration;
  readonly templateSets: TemplateSetAdministration;
  readonly checkRules: CheckRulesAdministration;
  readonly replyTos: ReplyToAdministration;
  readonly smsSenders: SmsSenderAdministration;
  readonly letterContacts: LetterContactAdministration;
  readonly callbacks: CallbackAdministration;
  readonly team: TeamAdministration;
  readonly guestList: GuestListAdministration;
  readonly users: UserAdministration;
  readonly printRuns: PrintRunAdministration;
  readonly inboundTexts: InboundTextAdministration;
  readonly smsProviders: SmsProviderAdministration;
  readonly auditLog: AuditLog;
  readonly preferences: PreferenceAdministration;
  /** Built on first use: it loads libs/sending, which no other command needs. */
  readonly messages: Pick<MessageAdministration, 'send' | 'show'>;
  readonly registers: RegisterAdministration;
  /** Closes the database connection. */
  close(): Promise<void>;
}

/** The administration of a database just opened, and what opening it migrated. */
export interface OpenedAdministration extends Administration {
  /** The migrations this opening applied, oldest first (none when the schema was already up to date). */
  readonly appliedMigrations: readonly string[];
}

/** Opens (and migrates, so a fresh installation works) the database, and makes each service by hand. */
export async function openAdministration(config: HeraldConfig): Promise<OpenedAdministration> {
  const dataSource = await new DataSource(dataSourceOptions(config)).initialize();
  let appliedMigrations: string[];
  try {
    appliedMigrations = await runMigrations(dataSource);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  // The API processes cache keys, services, templates and senders: every change made here is announced to them.
  const changes = new SettingsChanges();
  const publisher = publishSettingsChanges(changes, config);
  const administration = administrationOn(dataSource, new FieldCipher(config.encryptionKey), config, changes);
  return {
    ...administration,
    appliedMigrations,
    close: async () => {
      publisher.close();
      await administration.close();
    },
  };
}

function administrationOn(dataSource: DataSource, cipher: FieldCipher, config: HeraldConfig, changes: SettingsChanges): Administration {
  const services = new ServiceRepository(dataSource, changes);
  const audit = new AuditRepository(dataSource);
  const users = new UserRepository(dataSource);
  const invitations = new InvitationRepository(dataSource);
  const smsSenders = new SmsSenderRepository(dataSource, changes);
  const templates = new TemplateRepository(dataSource, changes);
  const replyTos = new EmailReplyToRepository(dataSource, changes);
  return {
    services: new ServiceAdministration(services, new TeamMemberRepository(dataSource), audit),
    apiKeys: new ApiKeyAdministration(new ApiKeyRepository(dataSource, cipher, changes), services, audit),
    templates: new TemplateAdministration(templates, new TemplateFolderRepository(dataSource), services, audit),
    templateSets: new TemplateSetAdministration(new TemplateSetRepository(dataSource), templates, services, audit, config),
    checkRules: new CheckRulesAdministration(services, audit),
    replyTos: new ReplyToAdministration(replyTos, services, audit),
    smsSenders: new SmsSenderAdministration(smsSenders, services, audit),
    letterContacts: new LetterContactAdministration(new LetterContactRepository(dataSource), services, audit),
    callbacks: new CallbackAdministration(new ServiceCallbackRepository(dataSource, cipher), services, audit, config),
    team: new TeamAdministration(new TeamMemberRepository(dataSource), invitations, services, users, audit, config),
    guestList: new GuestListAdministration(new GuestListRepository(dataSource, cipher), services, audit),
    users: new UserAdministration(users, new UserAccountRepository(dataSource, cipher), invitations, audit, config),
    printRuns: new PrintRunAdministration(new LetterRepository(dataSource, cipher, new NotificationRepository(dataSource, cipher)), audit),
    inboundTexts: new InboundTextAdministration(services, smsSenders, new InboundSmsRepository(dataSource, cipher), audit),
    smsProviders: new SmsProviderAdministration(audit),
    auditLog: new AuditLog(audit),
    preferences: new PreferenceAdministration(
      new RecipientPreferenceRepository(dataSource),
      new RecipientKeys(cipher),
      services,
      new TeamMemberRepository(dataSource),
      users,
      audit,
    ),
    messages: lazyMessages(() => messageAdministrationOn(dataSource, cipher, audit, { services, templates, replyTos, smsSenders, changes })),
    registers: new RegisterAdministration(new RegisterRepository(dataSource, cipher), new ServiceRegisterPurposeRepository(dataSource), services, audit),
    close: () => dataSource.destroy(),
  };
}

interface SettingsRepositories {
  readonly services: ServiceRepository;
  readonly templates: TemplateRepository;
  readonly replyTos: EmailReplyToRepository;
  readonly smsSenders: SmsSenderRepository;
  readonly changes: SettingsChanges;
}

/** The message commands, with the administration behind them made (and libs/sending loaded) on the first call. */
function lazyMessages(build: () => Promise<MessageAdministration>): Pick<MessageAdministration, 'send' | 'show'> {
  let built: Promise<MessageAdministration> | undefined;
  const administration = () => (built ??= build());
  return {
    send: async (...args) => (await administration()).send(...args),
    show: async (...args) => (await administration()).show(...args),
  };
}

/** MessageAcceptor as libs/sending's module makes it; it reads only the database (no queue; its settings uncached, as nothing here hears other processes). */
async function messageAdministrationOn(
  dataSource: DataSource,
  cipher: FieldCipher,
  audit: AuditRepository,
  repositories: SettingsRepositories,
): Promise<MessageAdministration> {
  const { IdentifierCheck, MessageAcceptor, RecipientAllowances, SendingContexts } = await import('@herald/sending');
  const { services, templates, replyTos, smsSenders, changes } = repositories;
  const allowances = new RecipientAllowances(services, new GuestListRepository(dataSource, cipher));
  const apiKeys = new ApiKeyRepository(dataSource, cipher, changes);
  const contexts = new SendingContexts(new CachedSettings(changes, services, apiKeys, templates, replyTos, smsSenders), templates, allowances);
  const messages = new MessageRepository(dataSource, cipher);
  const acceptor = new MessageAcceptor(
    new TemplateSetRepository(dataSource),
    contexts,
    new RecipientKeys(cipher),
    new RecipientPreferenceRepository(dataSource),
    messages,
    new IdentifierCheck(new ServiceRegisterPurposeRepository(dataSource), new RegisterRepository(dataSource, cipher)),
  );
  return new MessageAdministration(acceptor, messages, services, audit);
}
