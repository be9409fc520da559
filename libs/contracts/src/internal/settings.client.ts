import type {
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
  SmsSenderView,
} from './settings-api.types';
import type { InternalHttp } from './internal-http';
import type { CheckRulesChange, CheckRulesView } from './check-rules-api.types';

/** A service's settings: name, senders, letter contact blocks, branding, retention, going live. */
export class SettingsClient {
  constructor(private readonly http: InternalHttp) {}

  get(serviceId: string): Promise<ServiceSettingsView> {
    return this.http.json('GET', base(serviceId));
  }

  rename(serviceId: string, name: string): Promise<ServiceSettingsView['service']> {
    return this.http.json('PUT', `${base(serviceId)}/name`, { body: { name } });
  }

  /** The organisation as typed; blank clears it. */
  setOrganisation(serviceId: string, organisation: string): Promise<ServiceSettingsView['service']> {
    return this.http.json('PUT', `${base(serviceId)}/organisation`, { body: { organisation } });
  }

  addReplyTo(serviceId: string, replyTo: NewReplyTo): Promise<ReplyToView> {
    return this.http.json('POST', `${base(serviceId)}/reply-to`, { body: replyTo });
  }

  makeReplyToDefault(serviceId: string, replyToId: string): Promise<void> {
    return this.http.json('POST', `${base(serviceId)}/reply-to/${encodeURIComponent(replyToId)}/default`);
  }

  removeReplyTo(serviceId: string, replyToId: string): Promise<void> {
    return this.http.json('DELETE', `${base(serviceId)}/reply-to/${encodeURIComponent(replyToId)}`);
  }

  addSmsSender(serviceId: string, sender: NewSmsSender): Promise<SmsSenderView> {
    return this.http.json('POST', `${base(serviceId)}/sms-senders`, { body: sender });
  }

  makeSmsSenderDefault(serviceId: string, smsSenderId: string): Promise<void> {
    return this.http.json('POST', `${base(serviceId)}/sms-senders/${encodeURIComponent(smsSenderId)}/default`);
  }

  removeSmsSender(serviceId: string, smsSenderId: string): Promise<void> {
    return this.http.json('DELETE', `${base(serviceId)}/sms-senders/${encodeURIComponent(smsSenderId)}`);
  }

  addLetterContact(serviceId: string, contact: NewLetterContact): Promise<LetterContactView> {
    return this.http.json('POST', `${base(serviceId)}/letter-contacts`, { body: contact });
  }

  makeLetterContactDefault(serviceId: string, letterContactId: string): Promise<void> {
    return this.http.json('POST', `${base(serviceId)}/letter-contacts/${encodeURIComponent(letterContactId)}/default`);
  }

  removeLetterContact(serviceId: string, letterContactId: string): Promise<void> {
    return this.http.json('DELETE', `${base(serviceId)}/letter-contacts/${encodeURIComponent(letterContactId)}`);
  }

  updateBranding(serviceId: string, change: BrandingChange): Promise<BrandingView | null> {
    return this.http.json('PUT', `${base(serviceId)}/branding`, { body: change });
  }

  /** A sample email with the saved branding, rendered with the real email layout (HTML). */
  async brandingPreview(serviceId: string): Promise<string> {
    return (await this.http.raw('GET', `${base(serviceId)}/branding/preview`)).body.toString('utf8');
  }

  updateRetention(serviceId: string, change: RetentionChange): Promise<ServiceSettingsView['retention']> {
    return this.http.json('PUT', `${base(serviceId)}/retention`, { body: change });
  }

  /** R-CK: how strictly each content check applies to the service's templates. */
  checkRules(serviceId: string): Promise<CheckRulesView> {
    return this.http.json('GET', `${base(serviceId)}/check-rules`);
  }

  updateCheckRules(serviceId: string, change: CheckRulesChange): Promise<CheckRulesView> {
    return this.http.json('PUT', `${base(serviceId)}/check-rules`, { body: { rules: change } });
  }

  requestToGoLive(serviceId: string, form: GoLiveRequestForm): Promise<GoLiveRequestView> {
    return this.http.json('POST', `${base(serviceId)}/go-live-request`, { body: form });
  }
}

const base = (serviceId: string): string => `services/${encodeURIComponent(serviceId)}/settings`;
