import { SMTPServer } from 'smtp-server';

const MESSAGE_ID = /^Message-ID:\s*<([^@>\s]+)@/im;

/**
 * A loopback SMTP server that records only each message's Message-ID (Herald uses the
 * notification id), without parsing the rest: thousands of messages stay cheap to receive, and
 * a message sent twice shows up as an id seen twice. `holdReplyMs` keeps the reply to DATA back
 * that long after the message has arrived: a slow provider, still accepting every message.
 */
export class MessageIdSmtp {
  /** Messages whose DATA has begun, answered or not. */
  dataStarted = 0;
  /** How many times each Message-ID arrived. */
  readonly received = new Map<string, number>();
  /** When each Message-ID first arrived (ms since the epoch). */
  readonly firstArrivedAt = new Map<string, number>();
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 1000,
    onData: (stream, _session, callback) => {
      this.dataStarted += 1;
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 16384 && !head.includes('\r\n\r\n')) head += chunk.toString('latin1');
      });
      stream.on('end', () => {
        const id = MESSAGE_ID.exec(head.split('\r\n\r\n')[0])?.[1];
        if (id) {
          this.received.set(id, (this.received.get(id) ?? 0) + 1);
          if (!this.firstArrivedAt.has(id)) this.firstArrivedAt.set(id, Date.now());
        }
        if (this.options.holdReplyMs > 0) setTimeout(() => callback(), this.options.holdReplyMs);
        else callback();
      });
      stream.on('error', callback);
    },
  });
  private port = 0;

  constructor(private readonly options: { holdReplyMs: number } = { holdReplyMs: 0 }) {}

  async start(): Promise<this> {
    // A client killed mid-message resets its connection; that is the test, not a server failure.
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as { port: number }).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /**
   * Of these notification ids: `received`, every copy that arrived; `unique`, ids that arrived at
   * least once; `duplicates`, the extra copies (received - unique).
   */
  countOf(ids: Iterable<string>): { received: number; unique: number; duplicates: number } {
    let received = 0;
    let unique = 0;
    for (const id of ids) {
      const times = this.received.get(id) ?? 0;
      received += times;
      if (times > 0) unique += 1;
    }
    return { received, unique, duplicates: received - unique };
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
