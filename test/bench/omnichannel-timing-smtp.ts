import { performance } from 'node:perf_hooks';
import { SMTPServer } from 'smtp-server';

/**
 * A loopback SMTP server noting when it accepted a message for each recipient (the end of DATA: the
 * moment an attempt has been handed to its provider), draining each message without parsing it.
 */
export class OmnichannelTimingSmtp {
  /** Lower-cased recipient address → `performance.now()` of the (first) message accepted for it. */
  readonly acceptedAt = new Map<string, number>();
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 1000,
    onData: (stream, session, callback) => {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        const now = performance.now();
        for (const { address } of session.envelope.rcptTo) if (!this.acceptedAt.has(address.toLowerCase())) this.acceptedAt.set(address.toLowerCase(), now);
        callback();
      });
      stream.on('error', callback);
    },
  });
  private port = 0;

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as { port: number }).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
