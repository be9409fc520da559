import { Injectable } from '@nestjs/common';
import type { ConversationMessageView, ConversationView, ReceivedTextsView } from '@herald/contracts';
import { StoredNotification, validatePhoneNumber } from '@herald/domain';
import { ConversationRepository, NotificationRepository, ServiceRepository, SmsSenderRepository, TemplateRepository } from '@herald/persistence';
import { renderSms } from '@herald/templating';
import { noResultFound } from '../../errors/notify-error';
import { SystemMessages } from '../activity/system-messages';
import { displayPhoneNumber } from './phone-number-display';

/** The most conversations listed, and the most texts each way shown in one conversation. */
const CONVERSATIONS = 100;
const TEXTS = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A service's received text messages: one conversation per number that texted it, and each
 * conversation with the texts the service sent back to that number, as a phone shows them.
 */
@Injectable()
export class ConversationsService {
  constructor(
    private readonly conversations: ConversationRepository,
    private readonly senders: SmsSenderRepository,
    private readonly notifications: NotificationRepository,
    private readonly templates: TemplateRepository,
    private readonly services: ServiceRepository,
    private readonly systemMessages: SystemMessages,
  ) {}

  async list(serviceId: string): Promise<ReceivedTextsView> {
    const inbound = (await this.senders.list(serviceId)).find((s) => s.inboundNumber !== null)?.inboundNumber ?? null;
    const summaries = await this.conversations.summaries(serviceId, CONVERSATIONS);
    return {
      inboundNumber: inbound === null ? null : displayPhoneNumber(inbound),
      conversations: summaries.map(({ latest, receivedCount }) => ({
        id: latest.id,
        from: displayPhoneNumber(latest.userNumber),
        latestMessage: latest.content,
        latestAt: latest.createdAt.toISOString(),
        receivedCount,
      })),
    };
  }

  /** `conversationId` is the id of any text the number sent; another service's text is not found. */
  async show(serviceId: string, conversationId: string): Promise<ConversationView> {
    const received = UUID.test(conversationId) ? await this.conversations.receivedFromSenderOf(serviceId, conversationId.toLowerCase(), TEXTS) : null;
    if (!received?.length) throw noResultFound();
    const number = received[received.length - 1].userNumber;
    const sent = await this.sentTo(serviceId, number);
    const messages: ConversationMessageView[] = [
      ...received.map((text) => ({
        direction: 'received' as const,
        content: text.content,
        at: text.createdAt.toISOString(),
        notificationId: null,
        status: null,
      })),
      ...sent,
    ].sort((a, b) => a.at.localeCompare(b.at));
    return { id: conversationId.toLowerCase(), from: displayPhoneNumber(number), messages };
  }

  /** The texts sent to the number, rendered as sent; none from the platform service, whose texts are sign-in codes. */
  private async sentTo(serviceId: string, number: string): Promise<ConversationMessageView[]> {
    if (await this.systemMessages.hiddenFrom(serviceId)) return [];
    const phone = validatePhoneNumber(number);
    if (!phone.ok) return [];
    const service = await this.services.findById(serviceId);
    const views: ConversationMessageView[] = [];
    for (const id of await this.conversations.sentTextIds(serviceId, phone.normalised, TEXTS)) {
      const notification = await this.notifications.findById(serviceId, id);
      if (notification) views.push(await this.contentOf(notification, service?.prefixSms ? service.name : null));
    }
    return views;
  }

  private async contentOf(notification: StoredNotification, prefix: string | null): Promise<ConversationMessageView> {
    const template = await this.templates.findVersion(notification.serviceId, notification.templateId, notification.templateVersion);
    const content = template ? renderSms(template.content, notification.personalisation, { prefix }).body : '';
    return { direction: 'sent', content, at: notification.createdAt.toISOString(), notificationId: notification.id, status: notification.status };
  }
}
