import { ConfigError } from './config-error';
import { loadReceiptSettings } from './receipt-settings';

describe('loadReceiptSettings', () => {
  const load = (env: Record<string, string>) => loadReceiptSettings((name) => env[name]);

  it('trusts Amazon’s SNS certificates, runs no bounce mailbox and waits for receipts by default', () => {
    expect(load({})).toEqual({
      snsCertificateUrlPattern: '^https://sns\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/',
      bounceSmtp: null,
      bounceDomain: null,
      smtpDeliveredOnAccept: false,
    });
  });

  it('reads the bounce mailbox, its domain and receipt-less relays', () => {
    expect(load({ BOUNCE_SMTP_PORT: '2525', BOUNCE_DOMAIN: 'bounces.example.gov.uk', SMTP_DELIVERED_ON_ACCEPT: 'true' })).toMatchObject({
      bounceSmtp: { port: 2525, host: '0.0.0.0' },
      bounceDomain: 'bounces.example.gov.uk',
      smtpDeliveredOnAccept: true,
    });
  });

  it('names the variable that is wrong', () => {
    expect(() => load({ SNS_CERTIFICATE_URL_PATTERN: '([' })).toThrow(ConfigError);
    expect(() => load({ SNS_CERTIFICATE_URL_PATTERN: '([' })).toThrow(/SNS_CERTIFICATE_URL_PATTERN/);
    expect(() => load({ BOUNCE_SMTP_PORT: 'smtp' })).toThrow(/BOUNCE_SMTP_PORT/);
    expect(() => load({ BOUNCE_DOMAIN: 'not a domain' })).toThrow(/BOUNCE_DOMAIN/);
    expect(() => load({ SMTP_DELIVERED_ON_ACCEPT: 'yes' })).toThrow(/SMTP_DELIVERED_ON_ACCEPT/);
  });
});
