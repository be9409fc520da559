import { simpleParser, ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { WAIT_DEADLINE_MS } from './deadlines';

/** A real SMTP server on loopback that keeps every message it receives, parsed. */
export class LoopbackSmtp {
  readonly messages: ParsedMail[] = [];
  /** The envelope sender (MAIL FROM) of each message, in arrival order. */
  readonly envelopeSenders: string[] = [];
  /** SMTP connections opened by clients since start: a pooled sender opens few. */
  connectionsOpened = 0;
  private server?: SMTPServer;
  private waiters: Array<() => void> = [];
  port = 0;

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // A sender's pooled connections that are still open when the server stops are cut after a second, not 30.
      closeTimeout: 1000,
      onConnect: (_session, callback) => {
        this.connectionsOpened += 1;
        callback();
      },
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.envelopeSenders.push(session.envelope.mailFrom ? session.envelope.mailFrom.address : '');
            this.messages.push(mail);
            this.waiters.forEach((wake) => wake());
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as { port: number }).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Resolves once `count` messages have arrived, or rejects after `timeoutMs`. */
  async waitFor(count: number, timeoutMs = WAIT_DEADLINE_MS): Promise<ParsedMail[]> {
    await this.waitUntil(
      () => this.messages.length >= count,
      timeoutMs,
      () => `Expected ${count} emails, received ${this.messages.length}`,
    );
    return this.messages;
  }

  /** Resolves with the first message addressed to `address`, or rejects after `timeoutMs`. */
  async waitForMessageTo(address: string, timeoutMs = WAIT_DEADLINE_MS): Promise<ParsedMail> {
    const find = () => this.messages.find((mail) => addressesOf(mail).includes(address.toLowerCase()));
    await this.waitUntil(
      () => find() !== undefined,
      timeoutMs,
      () => `No email to ${address} among ${this.messages.length} received`,
    );
    return find() as ParsedMail;
  }

  /** Resolves with the message whose Message-ID names `notificationId` (`<id@domain>`), or rejects after `timeoutMs`. */
  async waitForNotification(notificationId: string, timeoutMs = WAIT_DEADLINE_MS): Promise<ParsedMail> {
    const find = () => this.messages.find((mail) => mail.messageId?.startsWith(`<${notificationId}@`));
    await this.waitUntil(
      () => find() !== undefined,
      timeoutMs,
      () => `No email for notification ${notificationId} among ${this.messages.length} received`,
    );
    return find() as ParsedMail;
  }

  private async waitUntil(done: () => boolean, timeoutMs: number, failure: () => string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(failure());
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 500));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      this.waiters = [];
    }
  }

  /** Closes every open client connection from the server's side, as a relay restarting or timing out does. */
  dropConnections(): void {
    const connections = (this.server?.connections ?? new Set()) as Set<{ send(code: number, text: string): void; close(): void }>;
    connections.forEach((connection) => {
      connection.send(421, 'Closing connection');
      connection.close();
    });
  }

  /** Connections open now. */
  get openConnections(): number {
    return this.server?.connections.size ?? 0;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

function addressesOf(mail: ParsedMail): string[] {
  const fields = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return fields.flatMap((field) => field.value.map((entry) => (entry.address ?? '').toLowerCase()));
}
