import { notifyTimestamp } from '../time/notify-timestamp';
/**
 * The JSON bodies Herald POSTs to a service's callback URLs, exactly as docs/api-contract.md §10.
 * Timestamps are written as §4.5 says (six fractional digits, then `Z`).
 */

export interface DeliveryStatusCallbackBody {
  readonly id: string;
  readonly reference: string | null;
  readonly to: string;
  readonly status: string;
  readonly created_at: string;
  readonly completed_at: string | null;
  readonly sent_at: string | null;
  readonly notification_type: 'email' | 'sms';
  readonly template_id: string;
  readonly template_version: number;
}

export interface InboundSmsCallbackBody {
  readonly id: string;
  readonly source_number: string;
  readonly destination_number: string;
  readonly message: string;
  readonly date_received: string;
}

export interface ComplaintCallbackBody {
  readonly notification_id: string;
  readonly complaint_id: string;
  readonly reference: string | null;
  readonly to: string;
  readonly complaint_date: string;
}

/** What a delivery-status body is built from: the notification as stored, and the status reported. */
export interface ReportedNotification {
  readonly id: string;
  readonly clientReference: string | null;
  readonly recipient: string;
  readonly type: 'email' | 'sms';
  readonly templateId: string;
  readonly templateVersion: number;
  readonly createdAt: Date;
  readonly updatedAt: Date | null;
  readonly sentAt: Date | null;
}

/** Every status a delivery-status callback reports is final, so `completed_at` is the last update. */
export function deliveryStatusBody(notification: ReportedNotification, status: string): DeliveryStatusCallbackBody {
  return {
    id: notification.id,
    reference: notification.clientReference,
    to: notification.recipient,
    status,
    created_at: notifyTimestamp(notification.createdAt),
    completed_at: notifyTimestamp(notification.updatedAt),
    sent_at: notifyTimestamp(notification.sentAt),
    notification_type: notification.type,
    template_id: notification.templateId,
    template_version: notification.templateVersion,
  };
}

export function inboundSmsBody(text: { id: string; userNumber: string; notifyNumber: string; content: string; receivedAt: Date }): InboundSmsCallbackBody {
  return {
    id: text.id,
    source_number: text.userNumber,
    destination_number: text.notifyNumber,
    message: text.content,
    date_received: notifyTimestamp(text.receivedAt),
  };
}

export function complaintBody(
  notification: Pick<ReportedNotification, 'id' | 'clientReference' | 'recipient'>,
  complaint: { id: string; complainedAt: Date },
): ComplaintCallbackBody {
  return {
    notification_id: notification.id,
    complaint_id: complaint.id,
    reference: notification.clientReference,
    to: notification.recipient,
    complaint_date: notifyTimestamp(complaint.complainedAt),
  };
}
