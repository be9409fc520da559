import type { SendMailOptions } from 'nodemailer';
import type { OutboundEmail } from '@herald/domain';

/** nodemailer's option (not in its types) for the part of every MIME boundary it would make up with random bytes. */
export interface MimeBoundary {
  readonly baseBoundary: string;
}

/**
 * The notification id, already random and unique, as the shared part of the message's multipart
 * boundaries: nodemailer would otherwise read the system's random source for every MIME part.
 */
function mimeBoundaryOf(notificationId: string): string {
  return notificationId.replace(/[^0-9A-Za-z]/g, '');
}

/**
 * The same RFC 5322 message for every nodemailer-based provider. With `bounceDomain`, the envelope
 * sender is `bounces+<notification id>@<bounceDomain>` (VERP): a bounce names its notification even
 * when the returned message's headers are stripped.
 */
export function mailOptions(email: OutboundEmail, messageIdDomain: string, bounceDomain: string | null = null): SendMailOptions & MimeBoundary {
  const headers: Record<string, string> = {};
  if (email.unsubscribeUrl) {
    headers['List-Unsubscribe'] = `<${email.unsubscribeUrl}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  return {
    from: { name: email.from.name, address: email.from.address },
    to: email.to,
    replyTo: email.replyTo ?? undefined,
    subject: email.subject,
    text: email.text,
    html: email.html,
    // The notification id as Message-ID lets a receiver drop a copy sent twice after a crash.
    messageId: `<${email.notificationId}@${messageIdDomain}>`,
    headers,
    baseBoundary: mimeBoundaryOf(email.notificationId),
    ...(bounceDomain ? { envelope: { from: `bounces+${email.notificationId}@${bounceDomain}`, to: email.to } } : {}),
  };
}
