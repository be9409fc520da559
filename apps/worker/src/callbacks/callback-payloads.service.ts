import { Injectable } from '@nestjs/common';
import { complaintBody, deliveryStatusBody, inboundSmsBody, messageBody, ServiceCallback } from '@herald/domain';
import { InboundSmsRepository, MessageRepository, NotificationRepository, ServiceCallbackRepository } from '@herald/persistence';
import { CallbackJob } from '@herald/queue';

/** Where a callback goes and what it says. */
export interface CallbackPayload {
  readonly callback: ServiceCallback;
  readonly body: object;
}

/**
 * Reloads what a callback job reports and builds its body (docs/api-contract.md §10). Null when there is nothing to
 * send: the service removed its callback, or the notification or text is gone (retention).
 */
@Injectable()
export class CallbackPayloadsService {
  constructor(
    private readonly callbacks: ServiceCallbackRepository,
    private readonly notifications: NotificationRepository,
    private readonly inboundTexts: InboundSmsRepository,
    private readonly messages: MessageRepository,
  ) {}

  async build(job: CallbackJob): Promise<CallbackPayload | null> {
    const callback = await this.callbacks.find(job.serviceId, job.callbackType);
    if (!callback) return null;
    const body = await this.body(job);
    return body ? { callback, body } : null;
  }

  private async body(job: CallbackJob): Promise<object | null> {
    if (job.callbackType === 'inbound_sms') {
      const text = job.inboundSmsId ? await this.inboundTexts.findById(job.serviceId, job.inboundSmsId) : null;
      return text ? inboundSmsBody({ ...text, receivedAt: text.createdAt }) : null;
    }
    if (job.callbackType === 'message_status') {
      const message = job.messageId ? await this.messages.findById(job.serviceId, job.messageId) : null;
      return message ? messageBody(message, await this.messages.attempts(message.id)) : null;
    }
    const notification = job.notificationId ? await this.notifications.findById(job.serviceId, job.notificationId) : null;
    if (!notification) return null;
    if (job.callbackType === 'complaint' && job.occurredAt) {
      return complaintBody(notification, { id: job.eventId, complainedAt: new Date(job.occurredAt) });
    }
    // §10: delivery status callbacks are for emails and texts only.
    if (job.callbackType === 'delivery_status' && job.status && notification.type !== 'letter') {
      return deliveryStatusBody({ ...notification, type: notification.type }, job.status);
    }
    return null;
  }
}
