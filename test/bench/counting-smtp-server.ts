import { performance } from 'node:perf_hooks';
import { SMTPServer } from 'smtp-server';

/**
 * A loopback SMTP server that only counts the messages it accepts: it drains each message
 * without parsing it, so the benchmark measures Herald rather than a mail parser.
 */
export class CountingSmtpServer {
  received = 0;
  /** `performance.now()` of the latest message accepted. */
  lastArrival = 0;
  /** Most SMTP connections open at once: how wide the sender's pool really was. */
  peakConnections = 0;
  /** How many messages each recipient received, when started with `{ recordRecipients: true }` (the soak's lost and duplicated count). */
  readonly recipients = new Map<string, number>();
  /** `performance.now()` of each recorded recipient's first message. */
  readonly firstArrivals = new Map<string, number>();
  private recordRecipients = false;
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect: (_session, callback) => {
      this.peakConnections = Math.max(this.peakConnections, this.server.connections.size);
      callback();
    },
    // Connections the worker's pool leaves open are cut a second after close().
    closeTimeout: 1000,
    onData: (stream, session, callback) => {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        this.received += 1;
        this.lastArrival = performance.now();
        if (this.recordRecipients) for (const { address } of session.envelope.rcptTo) this.record(address);
        callback();
      });
      stream.on('error', callback);
    },
  });
  private port = 0;

  private record(address: string): void {
    this.recipients.set(address, (this.recipients.get(address) ?? 0) + 1);
    if (!this.firstArrivals.has(address)) this.firstArrivals.set(address, this.lastArrival);
  }

  async start(options: { recordRecipients?: boolean } = {}): Promise<this> {
    this.recordRecipients = options.recordRecipients ?? false;
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as { port: number }).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  get openConnections(): number {
    return this.server.connections.size;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
