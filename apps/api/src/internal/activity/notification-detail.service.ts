import { Injectable } from '@nestjs/common';
import type { NotificationDetail, NotificationHistoryEntry } from '@herald/contracts';
import { StoredNotification } from '@herald/domain';
import { NotificationActivityRepository, NotificationRepository, StatusChange, TemplateRepository } from '@herald/persistence';
import { noResultFound } from '../../errors/notify-error';
import { ActivityRows } from './activity-rows';
import { NotificationContentService } from './notification-content.service';
import { NotificationSenderService } from './notification-sender.service';
import { SystemMessages } from './system-messages';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One notification of the service with everything the team may want to know about it. */
@Injectable()
export class NotificationDetailService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly activity: NotificationActivityRepository,
    private readonly templates: TemplateRepository,
    private readonly contents: NotificationContentService,
    private readonly senders: NotificationSenderService,
    private readonly systemMessages: SystemMessages,
    private readonly rows: ActivityRows,
  ) {}

  async show(serviceId: string, notificationId: string): Promise<NotificationDetail> {
    const notification = await this.find(serviceId, notificationId);
    const template = await this.templates.findVersion(serviceId, notification.templateId, notification.templateVersion);
    if (!template) throw new Error(`Template version ${notification.templateId}:${notification.templateVersion} of notification ${notification.id} is missing`);
    const [changes, content, sender] = await Promise.all([
      this.activity.statusHistory(notification.serviceId, notification.id),
      this.contents.contentOf(notification, template),
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
      history: historyOf(notification, changes),
      provider: notification.provider,
      providerReference: notification.providerReference,
      billableUnits: notification.billableUnits,
      content,
      sender,
      fromTestKey: notification.keyType === 'test',
      nextPrintRun: this.rows.nextPrintRunOf(notification.type, notification.status),
    };
  }

  async letterPdf(serviceId: string, notificationId: string): Promise<Buffer> {
    const pdf = await this.contents.letterPdf(await this.find(serviceId, notificationId));
    if (!pdf) throw noResultFound();
    return pdf;
  }

  /** A system message (a sign-in code, an invitation) is not found, whoever asks. */
  private async find(serviceId: string, notificationId: string): Promise<StoredNotification> {
    const notification =
      UUID.test(notificationId) && !(await this.systemMessages.hiddenFrom(serviceId))
        ? await this.notifications.findById(serviceId, notificationId.toLowerCase())
        : null;
    if (!notification) throw noResultFound();
    return notification;
  }
}

/**
 * Each status once, at the first time it was reached, oldest first, starting with `created`.
 * Notifications stored before the history table have only their timestamps to go on.
 */
export function historyOf(notification: StoredNotification, changes: readonly StatusChange[]): NotificationHistoryEntry[] {
  const history: NotificationHistoryEntry[] = [{ status: 'created', at: notification.createdAt.toISOString() }];
  if (changes.length === 0 && notification.status !== 'created') {
    history.push({ status: notification.status, at: (notification.updatedAt ?? notification.sentAt ?? notification.createdAt).toISOString() });
  }
  for (const change of changes) {
    if (!history.some((entry) => entry.status === change.status)) history.push({ status: change.status, at: change.at.toISOString() });
  }
  return history;
}
