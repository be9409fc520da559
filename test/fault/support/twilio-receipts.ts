import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import type { LoopbackTwilio, ReceivedTwilioMessage } from '@herald/testing';

const STATUS_CALLBACK = /\/webhooks\/twilio\/status\/([^/?]+)$/;

/** The notification a text Twilio took was for: the id at the end of its status callback URL. */
export function notificationIdOf(message: ReceivedTwilioMessage): string | null {
  return STATUS_CALLBACK.exec(message.statusCallback ?? '')?.[1] ?? null;
}

/** How many times Twilio took a text for each notification id. */
export function textsByNotification(twilio: LoopbackTwilio): Map<string, ReceivedTwilioMessage[]> {
  const byId = new Map<string, ReceivedTwilioMessage[]>();
  for (const message of twilio.messages) {
    const id = notificationIdOf(message);
    if (id) byId.set(id, [...(byId.get(id) ?? []), message]);
  }
  return byId;
}

/**
 * Posts Twilio's signed status callback for `message` to `apiUrl`, as Twilio would to the callback
 * URL it was given (`publicUrl` is API_BASE_URL, which the signature covers). Returns the HTTP status.
 */
export async function postTwilioReceipt(
  apiUrl: string,
  publicUrl: string,
  twilio: LoopbackTwilio,
  message: ReceivedTwilioMessage,
  status: string,
): Promise<number> {
  const path = new URL(message.statusCallback ?? '').pathname;
  const params = {
    MessageSid: message.sid,
    SmsSid: message.sid,
    MessageStatus: status,
    SmsStatus: status,
    AccountSid: twilio.accountSid,
    To: message.to,
    From: message.from ?? '',
    ApiVersion: '2010-04-01',
  };
  const response = await fetch(`${apiUrl}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-Twilio-Signature': getExpectedTwilioSignature(twilio.authToken, `${publicUrl}${path}`, params),
    },
    body: new URLSearchParams(params).toString(),
  });
  await response.arrayBuffer();
  return response.status;
}
