import type { NotificationStatus } from '@herald/domain';
import type { StatusReceipt } from '../receipt';

/** The fields of Twilio's status callback that a receipt needs (already signature-checked). */
export interface TwilioStatusCallback {
  readonly MessageSid: string;
  readonly MessageStatus: string;
  readonly ErrorCode?: string;
}

/**
 * A Twilio status callback about a text (the callback URL names the notification). Null for a
 * status that says nothing new (`accepted`, `scheduled`, …). The MessageSid must match the
 * reference recorded when the text was sent.
 */
export function twilioReceipt(notificationId: string, callback: TwilioStatusCallback, at: Date): StatusReceipt | null {
  const status = statusFromTwilio(callback.MessageStatus, callback.ErrorCode);
  if (!status) return null;
  const providerStatus = callback.ErrorCode ? `${callback.MessageStatus} ${callback.ErrorCode}` : callback.MessageStatus;
  return { kind: 'status', source: 'twilio', notificationId, providerReference: callback.MessageSid, status, at, providerStatus };
}

/**
 * Twilio error codes that mean the number will not take this text however often it is tried
 * (twilio.com/docs/api/errors: 30003 unreachable handset, 30004 blocked, 30005 unknown handset,
 * 30006 landline or unreachable carrier, 30007 filtered). Anything else (30001 queue overflow,
 * 30002 account suspended, 30008 unknown error, …) may pass on another day.
 */
const PERMANENT_ERROR_CODES: ReadonlySet<string> = new Set(['30003', '30004', '30005', '30006', '30007', '21610', '21614']);

/**
 * What a Twilio MessageStatus means for a notification; null for a status that says nothing new
 * (`accepted`, `scheduled`, an unknown word) and is ignored.
 */
export function statusFromTwilio(messageStatus: string, errorCode: string | undefined): NotificationStatus | null {
  const permanent = errorCode !== undefined && PERMANENT_ERROR_CODES.has(errorCode);
  switch (messageStatus) {
    case 'queued':
    case 'sending':
    case 'sent':
      return 'sending';
    case 'delivered':
      return 'delivered';
    case 'undelivered':
      return permanent ? 'permanent-failure' : 'temporary-failure';
    case 'failed':
      return permanent ? 'permanent-failure' : 'technical-failure';
    default:
      return null;
  }
}
