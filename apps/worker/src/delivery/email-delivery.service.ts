import { Inject, Injectable, Logger } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import {
  brandingLogoPath, EMAIL_PROVIDER, emailLocalPart, EmailProvider, ProviderError, SIMULATED_EMAIL_PROVIDER, StoredNotification,
} from '@herald/domain';
import { EmailBrandingRepository, NotificationRepository, ServiceRepository, TemplateRepository } from '@herald/persistence';
import { DeliveryJob } from '@herald/queue';
import { EmailBrandingInput, EmailRenderer } from '@herald/templating';
import { DeliveryAttempt, DeliveryClaims } from './delivery-claims';

export type DeliveryOutcome = 'sent' | 'not-ours' | 'missing';

/**
 * Reloads a queued email, claims it, renders it and hands it to a provider, then records what
 * the provider said. Safe to run twice: only a `created` notification this attempt claims is sent (DeliveryClaims).
 */
@Injectable()
export class EmailDeliveryService {
  private readonly logger = new Logger(EmailDeliveryService.name);

  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly notifications: NotificationRepository,
    private readonly claims: DeliveryClaims,
    private readonly templates: TemplateRepository,
    private readonly services: ServiceRepository,
    private readonly renderer: EmailRenderer,
    @Inject(EMAIL_PROVIDER) private readonly liveProvider: EmailProvider,
    @Inject(SIMULATED_EMAIL_PROVIDER) private readonly simulatedProvider: EmailProvider,
    private readonly brandings: EmailBrandingRepository,
  ) {}

  async deliver(job: DeliveryJob, attempt: DeliveryAttempt): Promise<DeliveryOutcome> {
    const notification = await this.claims.claim(job, attempt);
    if (!notification) {
      const existing = await this.notifications.findById(job.serviceId, job.notificationId);
      return existing ? 'not-ours' : 'missing';
    }
    try {
      const provider = notification.keyType === 'test' ? this.simulatedProvider : this.liveProvider;
      const accepted = await provider.send(await this.compose(notification));
      await this.notifications.recordDelivery(job.serviceId, notification.id, { ...accepted, providerReference: accepted.reference, sentAt: new Date() });
      return 'sent';
    } catch (error) {
      await this.claims.release(job, attempt);
      throw error;
    }
  }

  /** Called when retries are exhausted or the provider refused the message for good. */
  async giveUp(job: DeliveryJob, error: Error): Promise<void> {
    const status = error instanceof ProviderError && error.kind === 'permanent' ? 'permanent-failure' : 'technical-failure';
    this.logger.warn(`Notification ${job.notificationId} ends as ${status}: ${error.message}`);
    await this.notifications.fail(job.serviceId, job.notificationId, status);
  }

  /** The service's branding with its logo at the API's public URL. */
  private async brandingOf(serviceId: string): Promise<EmailBrandingInput | null> {
    const branding = await this.brandings.find(serviceId);
    if (!branding) return null;
    const logoUrl = branding.logo ? `${this.config.api.baseUrl}${brandingLogoPath(branding.logo.id, branding.logo.mimeType)}` : null;
    return { colour: branding.colour, bannerText: branding.bannerText, logoUrl };
  }

  private async compose(notification: StoredNotification) {
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
}
