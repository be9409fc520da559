import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { brandingLogoPath, emailLocalPart, OutboundEmail, ProviderError, StoredNotification } from '@herald/domain';
import { EmailBrandingRepository, ServiceRepository, TemplateRepository } from '@herald/persistence';
import { EmailBrandingInput, EmailRenderer, variantLanguage } from '@herald/templating';

/** A stored email as its provider gets it: the pinned template version rendered in the service's branding. */
@Injectable()
export class EmailComposer {
  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly templates: TemplateRepository,
    private readonly services: ServiceRepository,
    private readonly brandings: EmailBrandingRepository,
    private readonly renderer: EmailRenderer,
  ) {}

  async compose(notification: StoredNotification): Promise<OutboundEmail> {
    const [template, service, branding] = await Promise.all([
      this.templates.findVersion(notification.serviceId, notification.templateId, notification.templateVersion),
      this.services.findById(notification.serviceId),
      this.brandingOf(notification.serviceId),
    ]);
    if (!template || !service) throw ProviderError.permanent(`Template or service of notification ${notification.id} is gone`);
    const rendered = this.renderer.render({
      subject: template.subject ?? '',
      content: template.content,
      personalisation: notification.personalisation,
      serviceName: service.name,
      unsubscribeUrl: notification.oneClickUnsubscribeUrl,
      branding,
      language: variantLanguage(template.language),
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
    const branding = await this.brandings.find(serviceId);
    if (!branding) return null;
    const logoUrl = branding.logo ? `${this.config.api.baseUrl}${brandingLogoPath(branding.logo.id, branding.logo.mimeType)}` : null;
    return { colour: branding.colour, bannerText: branding.bannerText, logoUrl };
  }
}
