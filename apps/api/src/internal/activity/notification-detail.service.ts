import { Injectable } from '@nestjs/common';
import type { NotificationContent, NotificationDetail, NotificationHistoryEntry } from '@herald/contracts';
import { StoredNotification, TemplateVersion } from '@herald/domain';
import { LetterRepository, NotificationActivityRepository, NotificationRepository, ServiceRepository, TemplateRepository } from '@herald/persistence';
import { renderEmailBody, renderEmailSubject, renderLetterSubject, renderSms } from '@herald/templating';
import { noResultFound } from '../../errors/notify-error';
import { NotificationSenderService } from './notification-sender.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One notification of the service with everything the team may want to know about it. */
@Injectable()
export class NotificationDetailService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly activity: NotificationActivityRepository,
    private readonly templates: TemplateRepository,
    private readonly services: ServiceRepository,
    private readonly letters: LetterRepository,
    private readonly senders: NotificationSenderService,
  ) {}

  async show(serviceId: string, notificationId: string): Promise<NotificationDetail> {
    const notification = await this.find(serviceId, notificationId);
    const template = await this.templates.findVersion(serviceId, notification.templateId, notification.templateVersion);
    if (!template) throw new Error(`Template version ${notification.templateId}:${notification.templateVersion} of notification ${notification.id} is missing`);
    const [history, content, sender] = await Promise.all([
      this.history(notification),
      this.content(notification, template),
      this.senders.senderOf(notification),
    ]);
    return {
      id: notification.id,
      channel: notification.type,
      status: notification.status,
      recipient: notification.recipient,
      reference: notification.clientReference,
      template: { id: template.id, name: template.name, version: template.version },
      createdAt: notification.createdAt.toISOString(),
      sentAt: notification.sentAt?.toISOString() ?? null,
      updatedAt: notification.updatedAt?.toISOString() ?? null,
      history,
      provider: notification.provider,
      providerReference: notification.providerReference,
      billableUnits: notification.billableUnits,
      content,
      sender,
      fromTestKey: notification.keyType === 'test',
    };
  }

  async letterPdf(serviceId: string, notificationId: string): Promise<Buffer> {
    const notification = await this.find(serviceId, notificationId);
    const pdf = notification.type === 'letter' ? await this.letters.findPdf(serviceId, notification.id) : null;
    if (!pdf) throw noResultFound();
    return pdf.pdf;
  }

  private async find(serviceId: string, notificationId: string): Promise<StoredNotification> {
    const notification = UUID.test(notificationId) ? await this.notifications.findById(serviceId, notificationId.toLowerCase()) : null;
    if (!notification) throw noResultFound();
    return notification;
  }

  /** Notifications stored before the history table have only their timestamps to go on. */
  private async history(notification: StoredNotification): Promise<NotificationHistoryEntry[]> {
    const changes = await this.activity.statusHistory(notification.serviceId, notification.id);
    const created = { status: 'created', at: notification.createdAt.toISOString() };
    if (changes.length === 0 && notification.status !== 'created') {
      return [created, { status: notification.status, at: (notification.updatedAt ?? notification.sentAt ?? notification.createdAt).toISOString() }];
    }
    return [created, ...changes.map((c) => ({ status: c.status, at: c.at.toISOString() }))];
  }

  private async content(notification: StoredNotification, template: TemplateVersion): Promise<NotificationContent> {
    const values = notification.personalisation;
    if (notification.type === 'sms') {
      const service = await this.services.findById(notification.serviceId);
      return { subject: null, body: renderSms(template.content, values, { prefix: service?.prefixSms ? service.name : null }).body, letterPdf: false };
    }
    if (notification.type === 'email') {
      return { subject: renderEmailSubject(template.subject ?? '', values), body: renderEmailBody(template.content, values), letterPdf: false };
    }
    return {
      subject: template.subject ? renderLetterSubject(template.subject, values) : null,
      body: renderEmailBody(template.content, values),
      letterPdf: await this.letters.hasPdf(notification.serviceId, notification.id),
    };
  }
}
