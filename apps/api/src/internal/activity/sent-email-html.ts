import { Injectable } from '@nestjs/common';
import { brandingLogoUrl, StoredNotification, TemplateVersion } from '@herald/domain';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { EmailBrandingRepository } from '@herald/persistence';
import { EmailRenderer } from '@herald/templating';

/** A sent email's whole HTML, rendered again as the worker renders it: its template version, its personalisation, the service's branding. */
@Injectable()
export class SentEmailHtml {
  constructor(
    private readonly renderer: EmailRenderer,
    private readonly brandings: EmailBrandingRepository,
    @InjectConfig() private readonly config: HeraldConfig,
  ) {}

  async htmlOf(notification: StoredNotification, template: TemplateVersion, serviceName: string): Promise<string> {
    const branding = await this.brandings.find(notification.serviceId);
    const logoUrl = branding ? brandingLogoUrl(branding, this.config.api.baseUrl) : null;
    return this.renderer.render({
      subject: template.subject ?? '',
      content: template.content,
      personalisation: notification.personalisation,
      serviceName,
      branding: branding ? { colour: branding.colour, bannerText: branding.bannerText, logoUrl } : null,
    }).html;
  }
}
