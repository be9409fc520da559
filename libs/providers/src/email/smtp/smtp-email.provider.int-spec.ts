import type { OutboundEmail } from '@herald/domain';
import { anOutboundEmail, LoopbackSmtp } from '@herald/testing';
import { SmtpEmailOptions, SmtpEmailProvider } from './smtp-email.provider';

describe('SmtpEmailProvider and receipts', () => {
  const smtp = new LoopbackSmtp();
  const providers: SmtpEmailProvider[] = [];
  const aProvider = (receipts: Omit<SmtpEmailOptions, 'maxConnections'>) => {
    const provider = new SmtpEmailProvider(smtp.url, 'notify.example.gov', { ...receipts, maxConnections: 2 });
    providers.push(provider);
    return provider;
  };
  const anEmail = (): OutboundEmail => anOutboundEmail();

  beforeAll(() => smtp.start());
  afterAll(async () => {
    providers.forEach((p) => p.close());
    await smtp.stop();
  });

  it('waits for a receipt (sending) and sets the VERP envelope sender when a bounce domain is set', async () => {
    const email = anEmail();
    const accepted = await aProvider({ bounceDomain: 'bounces.notify.example.gov', deliveredOnAccept: false }).send(email);
    expect(accepted.status).toBe('sending');
    await smtp.waitFor(smtp.messages.length);
    const index = smtp.messages.findIndex((m) => m.messageId === `<${email.notificationId}@notify.example.gov>`);
    expect(smtp.envelopeSenders[index]).toBe(`bounces+${email.notificationId}@bounces.notify.example.gov`);
  });

  it('makes its MIME boundaries of the notification id, and the message still parses into its text and HTML', async () => {
    const email = anEmail();
    await aProvider({ bounceDomain: null, deliveredOnAccept: true }).send(email);
    await smtp.waitFor(smtp.messages.length);
    const received = smtp.messages.find((m) => m.messageId === `<${email.notificationId}@notify.example.gov>`)!;
    const contentType = received.headers.get('content-type') as { value: string; params: { boundary: string } };
    expect(contentType.value).toBe('multipart/alternative');
    expect(contentType.params.boundary).toContain(email.notificationId.replace(/-/g, ''));
    expect(received.text?.trim()).toBe(email.text.trim());
    expect(received.html).toContain(email.html.trim());
  });

  it('reports delivered as soon as a relay without receipts accepts the email', async () => {
    const accepted = await aProvider({ bounceDomain: null, deliveredOnAccept: true }).send(anEmail());
    expect(accepted.status).toBe('delivered');
  });
});
