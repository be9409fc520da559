import { Injectable } from '@nestjs/common';
import { OutboundSms, ProviderError, StoredNotification, validatePhoneNumber } from '@herald/domain';
import { ServiceRepository, SmsSenderRepository, TemplateRepository } from '@herald/persistence';
import { renderSms, variantLanguage } from '@herald/templating';

/** A claimed text as the provider gets it: its template version rendered, the service's prefix and sender applied. */
@Injectable()
export class SmsComposer {
  constructor(
    private readonly templates: TemplateRepository,
    private readonly services: ServiceRepository,
    private readonly senders: SmsSenderRepository,
  ) {}

  async compose(notification: StoredNotification): Promise<OutboundSms> {
    const [template, service] = await Promise.all([
      this.templates.findVersion(notification.serviceId, notification.templateId, notification.templateVersion),
      this.services.findById(notification.serviceId),
    ]);
    if (!template || !service) throw ProviderError.permanent(`Template or service of notification ${notification.id} is gone`);
    const phone = validatePhoneNumber(notification.recipient);
    if (!phone.ok) throw ProviderError.permanent(`Notification ${notification.id} has no valid phone number`);
    const rendered = renderSms(template.content, notification.personalisation, {
      prefix: service.prefixSms ? service.name : null,
      language: variantLanguage(template.language),
    });
    const sender = notification.sms?.sender ?? (await this.senders.findDefault(notification.serviceId))?.smsSender ?? null;
    return { notificationId: notification.id, to: `+${phone.normalised}`, from: sender === null ? null : senderForProvider(sender), body: rendered.fullText };
  }
}

/** A sender that is a phone number goes out in E.164 (`07700900500` → `+447700900500`); a name as it is. */
function senderForProvider(sender: string): string {
  if (!/^[\s\d()+-]+$/u.test(sender)) return sender.trim();
  const phone = validatePhoneNumber(sender, { serviceContactNumber: true });
  return phone.ok ? `+${phone.normalised}` : sender.trim();
}
