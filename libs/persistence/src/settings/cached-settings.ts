import { Injectable } from '@nestjs/common';
import type { ApiKeyCredential, EmailReplyTo, Service, SmsSender, TemplateVersion } from '@herald/domain';
import { ApiKeyRepository } from '../repositories/api-key.repository';
import { EmailReplyToRepository } from '../repositories/email-reply-to.repository';
import { ServiceRepository } from '../repositories/service.repository';
import { SmsSenderRepository } from '../repositories/sms-sender.repository';
import { TemplateRepository } from '../repositories/template.repository';
import { SettingsCache } from './settings-cache';
import { SettingsChanges } from './settings-changes';

const DEFAULT = '(default)';
const found = <T>(value: T | null): boolean => value !== null;

/**
 * What every send reads and rarely changes, kept in memory: services, their API keys, templates'
 * current versions, default and chosen reply-to addresses and text senders. Every write goes
 * through the repositories, which announce it (SettingsChanges), so each process drops what
 * changed at once; see SettingsCache for the rest of the rules. Values are shared: never change one.
 */
@Injectable()
export class CachedSettings {
  private readonly serviceCache: SettingsCache<Service | null>;
  private readonly keyCache: SettingsCache<ApiKeyCredential[]>;
  private readonly templateCache: SettingsCache<TemplateVersion | null>;
  private readonly replyToCache: SettingsCache<EmailReplyTo | null>;
  private readonly smsSenderCache: SettingsCache<SmsSender | null>;

  constructor(
    changes: SettingsChanges,
    private readonly services: ServiceRepository,
    private readonly keys: ApiKeyRepository,
    private readonly templates: TemplateRepository,
    private readonly replyTos: EmailReplyToRepository,
    private readonly smsSenders: SmsSenderRepository,
  ) {
    this.serviceCache = new SettingsCache(changes, 'service');
    this.keyCache = new SettingsCache(changes, 'api-keys');
    this.templateCache = new SettingsCache(changes, 'templates');
    this.replyToCache = new SettingsCache(changes, 'reply-tos');
    this.smsSenderCache = new SettingsCache(changes, 'sms-senders');
  }

  service(serviceId: string): Promise<Service | null> {
    return this.serviceCache.get(serviceId, serviceId, () => this.services.findById(serviceId), found);
  }

  /** Every key of the service, revoked ones too, oldest first. */
  apiKeys(serviceId: string): Promise<ApiKeyCredential[]> {
    return this.keyCache.get(serviceId, serviceId, () => this.keys.credentialsOf(serviceId));
  }

  currentTemplate(serviceId: string, templateId: string): Promise<TemplateVersion | null> {
    return this.templateCache.get(serviceId, templateId, () => this.templates.findCurrent(serviceId, templateId), found);
  }

  /** `id` absent: the service's default (null when it has none). */
  replyTo(serviceId: string, id?: string): Promise<EmailReplyTo | null> {
    if (id === undefined) return this.replyToCache.get(serviceId, DEFAULT, () => this.replyTos.findDefault(serviceId));
    return this.replyToCache.get(serviceId, id, () => this.replyTos.findActive(serviceId, id), found);
  }

  /** `id` absent: the service's default (null when it has none). */
  smsSender(serviceId: string, id?: string): Promise<SmsSender | null> {
    if (id === undefined) return this.smsSenderCache.get(serviceId, DEFAULT, () => this.smsSenders.findDefault(serviceId));
    return this.smsSenderCache.get(serviceId, id, () => this.smsSenders.findActive(serviceId, id), found);
  }
}
