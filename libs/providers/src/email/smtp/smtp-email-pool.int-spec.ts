import { OutboundEmail, ProviderError } from '@herald/domain';
import { anOutboundEmail, eventually, LoopbackSmtp } from '@herald/testing';
import { SmtpEmailProvider } from './smtp-email.provider';

describe('SmtpEmailProvider connection pool', () => {
  let smtp: LoopbackSmtp;
  const providers: SmtpEmailProvider[] = [];
  const aProvider = (maxConnections: number) => {
    const provider = new SmtpEmailProvider(smtp.url, 'notify.example.gov', { bounceDomain: null, deliveredOnAccept: false, maxConnections });
    providers.push(provider);
    return provider;
  };
  const anEmail = (): OutboundEmail => anOutboundEmail();

  beforeEach(async () => {
    smtp = await new LoopbackSmtp().start();
  });
  afterEach(async () => {
    providers.splice(0).forEach((provider) => provider.close());
    await smtp.stop();
  });

  it('sends 50 emails at once over no more connections than the pool allows', async () => {
    const provider = aProvider(3);
    await Promise.all(Array.from({ length: 50 }, () => provider.send(anEmail())));
    await smtp.waitFor(50);
    expect(smtp.messages).toHaveLength(50);
    expect(smtp.connectionsOpened).toBeGreaterThanOrEqual(1);
    expect(smtp.connectionsOpened).toBeLessThanOrEqual(3);
  });

  it('keeps using its connection for emails sent one after another', async () => {
    const provider = aProvider(3);
    for (let i = 0; i < 5; i += 1) await provider.send(anEmail());
    expect(smtp.connectionsOpened).toBe(1);
  });

  it('loses no email when the server closes its pooled connections: the next send connects again', async () => {
    const provider = aProvider(2);
    const first = anEmail();
    await provider.send(first);
    smtp.dropConnections();
    await eventually(async () => expect(smtp.openConnections).toBe(0));
    // A send that still meets the dying connection fails as retryable, which the worker retries.
    const sendRetrying = async (email: OutboundEmail, attemptsLeft = 3): Promise<unknown> =>
      provider.send(email).catch((error: unknown) => {
        if (!(error instanceof ProviderError) || error.kind !== 'retryable' || attemptsLeft <= 1) throw error;
        return sendRetrying(email, attemptsLeft - 1);
      });
    const after = anEmail();
    await sendRetrying(after);
    await smtp.waitFor(2);
    expect(smtp.messages.map((mail) => mail.messageId)).toEqual([
      `<${first.notificationId}@notify.example.gov>`,
      `<${after.notificationId}@notify.example.gov>`,
    ]);
    // A new connection carried it: the dropped one was not reused.
    expect(smtp.connectionsOpened).toBeGreaterThanOrEqual(2);
  });
});
