import { Module } from '@nestjs/common';
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
import { RegisterAdministration } from './registers/register-administration.service';

const ADMINISTRATION_SERVICES = [
  ServiceAdministration,
  ApiKeyAdministration,
  TemplateAdministration,
  TemplateSetAdministration,
  CheckRulesAdministration,
  ReplyToAdministration,
  SmsSenderAdministration,
  LetterContactAdministration,
  CallbackAdministration,
  TeamAdministration,
  GuestListAdministration,
  UserAdministration,
  PrintRunAdministration,
  InboundTextAdministration,
  SmsProviderAdministration,
  AuditLog,
  PreferenceAdministration,
  RegisterAdministration,
];

/**
 * The application services the admin's internal API and the CLI share, on the repositories of the
 * (global) PersistenceModule and the configuration. The CLI, which has no Nest container, makes
 * the same classes with openAdministration.
 */
@Module({
  providers: ADMINISTRATION_SERVICES,
  exports: ADMINISTRATION_SERVICES,
})
export class AdministrationModule {}
