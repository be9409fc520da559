import type { SendMailOptions } from 'nodemailer';
import type { OutboundEmail } from '@herald/domain';

/**
 * The same RFC 5322 message for every nodemailer-based provider. With `bounceDomain`, the envelope
 * sender is `bounces+<notification id>@<bounceDomain>` (VERP): a bounce names its notification even
 * when the returned message's headers are stripped.
 */
export function mailOptions(email: OutboundEmail, messageIdDomain: string, bounceDomain: string | null = null): SendMailOptions {
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
    ...(bounceDomain ? { envelope: { from: `bounces+${email.notificationId}@${bounceDomain}`, to: email.to } } : {}),
  };
}
