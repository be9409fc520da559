import { Injectable } from '@nestjs/common';
import type { NotificationContent } from '@herald/contracts';
import { StoredNotification, TemplateVersion } from '@herald/domain';
import { LetterRepository, ServiceRepository } from '@herald/persistence';
import { renderEmailBody, renderEmailSubject, renderLetterSubject, renderSms } from '@herald/templating';
import { SentEmailHtml } from './sent-email-html';

/** A notification's message as its recipient saw it, rendered again from its template version and personalisation. */
@Injectable()
export class NotificationContentService {
  constructor(
    private readonly services: ServiceRepository,
    private readonly letters: LetterRepository,
    private readonly emailHtml: SentEmailHtml,
  ) {}

  async contentOf(notification: StoredNotification, template: TemplateVersion): Promise<NotificationContent> {
    const values = notification.personalisation;
    if (notification.type === 'sms') {
      const service = await this.services.findById(notification.serviceId);
      const body = renderSms(template.content, values, { prefix: service?.prefixSms ? service.name : null }).body;
      return { subject: null, body, html: null, letterPdf: false };
    }
    if (notification.type === 'email') {
      const service = await this.services.findById(notification.serviceId);
      return {
        subject: renderEmailSubject(template.subject ?? '', values),
        body: renderEmailBody(template.content, values),
        html: await this.emailHtml.htmlOf(notification, template, service?.name ?? ''),
        letterPdf: false,
      };
    }
    return {
      subject: template.subject ? renderLetterSubject(template.subject, values) : null,
      body: renderEmailBody(template.content, values),
      html: null,
      letterPdf: await this.letters.hasPdf(notification.serviceId, notification.id),
    };
  }

  /** A letter's PDF as printed; null when it is not a letter or its PDF is not ready. */
  async letterPdf(notification: StoredNotification): Promise<Buffer | null> {
    if (notification.type !== 'letter') return null;
    return (await this.letters.findPdf(notification.serviceId, notification.id))?.pdf ?? null;
  }
}
