import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { brandingLogoUrl, EmailBranding, emailLocalPart, OutboundEmail, ProviderError, StoredNotification } from '@herald/domain';
import { CachedSettings, EmailBrandingRepository, SettingsCache, SettingsChanges } from '@herald/persistence';
import { EmailBrandingInput, EmailRenderer } from '@herald/templating';
import { EmailTemplateCache } from './email-template-cache';

/**
 * A stored email as its provider gets it: the pinned template version (compiled once per worker)
 * rendered in the service's branding. The service and its branding are kept in memory like every
 * process's settings, and dropped when a change is announced (SettingsChanges).
 */
@Injectable()
export class EmailComposer {
  private readonly brandingCache: SettingsCache<EmailBranding | null>;

  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly templates: EmailTemplateCache,
    private readonly settings: CachedSettings,
    private readonly brandings: EmailBrandingRepository,
    changes: SettingsChanges,
    private readonly renderer: EmailRenderer,
  ) {
    this.brandingCache = new SettingsCache(changes, 'email-branding');
  }

  async compose(notification: StoredNotification): Promise<OutboundEmail> {
    const [template, service, branding] = await Promise.all([
      this.templates.get(notification.serviceId, notification.templateId, notification.templateVersion),
      this.settings.service(notification.serviceId),
      this.brandingOf(notification.serviceId),
    ]);
    if (!template || !service) throw ProviderError.permanent(`Template or service of notification ${notification.id} is gone`);
    const rendered = this.renderer.renderCompiled(template, {
      personalisation: notification.personalisation,
      serviceName: service.name,
      unsubscribeUrl: notification.oneClickUnsubscribeUrl,
      branding,
    });
    return {
      notificationId: notification.id,
      from: { name: service.name, address: `${emailLocalPart(service.name)}@${this.config.emailDomain}` },
      to: notification.recipient,
      replyTo: notification.replyTo,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      unsubscribeUrl: notification.oneClickUnsubscribeUrl,
    };
  }

  /** The service's branding with its logo at the API's public URL. */
  private async brandingOf(serviceId: string): Promise<EmailBrandingInput | null> {
    const branding = await this.brandingCache.get(serviceId, serviceId, () => this.brandings.find(serviceId));
    if (!branding) return null;
    const logoUrl = brandingLogoUrl(branding, this.config.api.baseUrl);
    return { colour: branding.colour, bannerText: branding.bannerText, logoUrl };
  }
}
