import { notificationIdFromMessageId } from '@herald/domain';
import type { Receipt } from '../receipt';

interface SesMail {
  messageId?: string;
  timestamp?: string;
  headers?: Array<{ name?: string; value?: string }>;
  commonHeaders?: { messageId?: string };
}

interface SesEvent {
  notificationType?: string;
  eventType?: string;
  mail?: SesMail;
  bounce?: { bounceType?: string; timestamp?: string; feedbackId?: string };
  complaint?: { complaintFeedbackType?: string; timestamp?: string; feedbackId?: string };
  delivery?: { timestamp?: string };
}

/**
 * Reads an SES Delivery, Bounce or Complaint event (notification or event-publishing format).
 * Permanent bounces are permanent-failure; transient and undetermined ones temporary-failure.
 * Null when the event is of another kind or names no email of ours.
 */
export function sesReceipt(messageJson: string): Receipt | null {
  let event: SesEvent;
  try {
    event = JSON.parse(messageJson) as SesEvent;
  } catch {
    return null;
  }
  const notificationId = ourNotificationId(event.mail);
  if (!notificationId) return null;
  const type = event.notificationType ?? event.eventType;
  if (type === 'Delivery')
    return { kind: 'status', source: 'ses', notificationId, status: 'delivered', at: when(event.delivery?.timestamp), providerStatus: type };
  if (type === 'Bounce') {
    const status = event.bounce?.bounceType === 'Permanent' ? 'permanent-failure' : 'temporary-failure';
    return {
      kind: 'status',
      source: 'ses',
      notificationId,
      status,
      at: when(event.bounce?.timestamp),
      providerStatus: `${type} ${event.bounce?.bounceType ?? 'Undetermined'}`,
    };
  }
  if (type === 'Complaint') {
    return {
      kind: 'complaint',
      source: 'ses',
      notificationId,
      complaintType: event.complaint?.complaintFeedbackType ?? null,
      at: when(event.complaint?.timestamp),
      reportKey: event.complaint?.feedbackId ?? `${notificationId}:${event.complaint?.timestamp ?? ''}`,
    };
  }
  return null;
}

/** Our Message-ID survives in the original headers (SES gives the email its own `mail.messageId`). */
function ourNotificationId(mail: SesMail | undefined): string | null {
  const header = mail?.headers?.find((h) => h.name?.toLowerCase() === 'message-id')?.value;
  return notificationIdFromMessageId(header) ?? notificationIdFromMessageId(mail?.commonHeaders?.messageId);
}

function when(timestamp: string | undefined): Date {
  const parsed = timestamp ? new Date(timestamp) : new Date();
  return Number.isNaN(parsed.getTime()) ? new Date() : parsed;
}
