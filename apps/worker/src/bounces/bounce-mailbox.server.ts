import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SMTPServer } from 'smtp-server';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { BounceReceiptsService } from './bounce-receipts.service';

const MAX_REPORT_BYTES = 10 * 1024 * 1024;

/**
 * The bounce mailbox: an SMTP server (on when BOUNCE_SMTP_PORT is set) that takes delivery status
 * notifications and complaint reports. A report it cannot store is refused with 451, so the
 * sending server tries again later.
 */
@Injectable()
export class BounceMailboxServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(BounceMailboxServer.name);
  private server?: SMTPServer;
  port = 0;

  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly receipts: BounceReceiptsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const settings = this.config.receipts.bounceSmtp;
    if (!settings) return;
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      size: MAX_REPORT_BYTES,
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const recipients = session.envelope.rcptTo.map((r) => r.address);
          this.receipts.receive(Buffer.concat(chunks), recipients).then(
            () => callback(),
            (error: Error) => {
              this.logger.warn(`Bounce mailbox could not store a report: ${error.message}`);
              callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
            },
          );
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(settings.port, settings.host, () => resolve());
    });
    this.port = (this.server.server.address() as { port: number }).port;
    this.logger.log(`Bounce mailbox listening on ${settings.host}:${this.port}`);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}
