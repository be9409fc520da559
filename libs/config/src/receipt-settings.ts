import { ConfigError } from './config-error';
import type { ConfigVariable } from './config-variables';
import type { ReceiptSettings } from './herald-config';

type Reader = (name: ConfigVariable) => string | undefined;

/** Amazon's SNS signing certificates live at https://sns.<region>.amazonaws.com/… (and .com.cn in China). */
export const AWS_SNS_CERTIFICATE_URL_PATTERN = '^https://sns\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/';

/**
 * Where receipts come from besides webhooks: the SNS certificate URLs trusted for SES
 * notifications, the bounce mailbox (off unless BOUNCE_SMTP_PORT is set) and relays that send no receipts.
 */
export function loadReceiptSettings(read: Reader): ReceiptSettings {
  const pattern = read('SNS_CERTIFICATE_URL_PATTERN') ?? AWS_SNS_CERTIFICATE_URL_PATTERN;
  try {
    new RegExp(pattern);
  } catch {
    throw new ConfigError('SNS_CERTIFICATE_URL_PATTERN', `must be a regular expression, not "${pattern}"`);
  }
  const port = read('BOUNCE_SMTP_PORT');
  let bounceSmtp: ReceiptSettings['bounceSmtp'] = null;
  if (port !== undefined) {
    const value = Number(port);
    if (!Number.isInteger(value) || value < 0 || value > 65535)
      throw new ConfigError('BOUNCE_SMTP_PORT', `must be a whole number from 0 to 65535, not "${port}"`);
    bounceSmtp = { port: value, host: read('BOUNCE_SMTP_HOST') ?? '0.0.0.0' };
  }
  const domain = read('BOUNCE_DOMAIN');
  if (domain !== undefined && !/^[a-z0-9.-]+$/i.test(domain)) throw new ConfigError('BOUNCE_DOMAIN', `must be a domain name, not "${domain}"`);
  const onAccept = read('SMTP_DELIVERED_ON_ACCEPT') ?? 'false';
  if (onAccept !== 'true' && onAccept !== 'false') throw new ConfigError('SMTP_DELIVERED_ON_ACCEPT', `must be one of true, false, not "${onAccept}"`);
  return { snsCertificateUrlPattern: pattern, bounceSmtp, bounceDomain: domain ?? null, smtpDeliveredOnAccept: onAccept === 'true' };
}
