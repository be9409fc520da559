import { createTransport, SendMailOptions, Transporter } from 'nodemailer';
import { EmailProvider, OutboundEmail, ProviderAcceptance, ProviderError } from '@herald/domain';
import { MimeBoundary, mailOptions } from '../mail-options';
import { mimeMessage } from '../mime-message';

interface SmtpFailure {
  responseCode?: number;
  code?: string;
  message: string;
}

/** How the relay's receipts come back, and how many connections to keep open to it. */
export interface SmtpEmailOptions {
  /** Envelope sender domain routing bounces to the bounce mailbox (VERP); null leaves it to nodemailer. */
  readonly bounceDomain: string | null;
  /** The relay sends no receipts: accepted means `delivered`. */
  readonly deliveredOnAccept: boolean;
  /** Connections the pool keeps open to the relay at most (SMTP_MAX_CONNECTIONS); sends beyond that wait for a free one. */
  readonly maxConnections: number;
}

const DEFAULT_OPTIONS: SmtpEmailOptions = { bounceDomain: null, deliveredOnAccept: false, maxConnections: 5 };
/** A connection is replaced after this many emails (nodemailer's default), within what common relays allow per connection. */
const MESSAGES_PER_CONNECTION = 100;

/**
 * Sends through an SMTP relay over a pool of connections kept open between emails. The relay's
 * receipts arrive later, so the status is `sending`, unless the relay is known to send none
 * (`deliveredOnAccept`). A connection the relay closes is dropped from the pool; an email caught on
 * it is sent again on another connection by nodemailer, or fails as retryable for the worker to retry.
 */
export class SmtpEmailProvider implements EmailProvider {
  readonly name = 'smtp';
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly messageIdDomain: string,
    private readonly options: SmtpEmailOptions = DEFAULT_OPTIONS,
  ) {
    // The pool settings belong in the transport options: createTransport's second argument is message defaults.
    this.transport = createTransport({ url: smtpUrl, pool: true, maxConnections: options.maxConnections, maxMessages: MESSAGES_PER_CONNECTION });
  }

  async send(email: OutboundEmail): Promise<ProviderAcceptance> {
    try {
      const options = mailOptions(email, this.messageIdDomain, this.options.bounceDomain);
      // Written in one pass and sent as it is (see mimeMessage): the message nodemailer would compose, for much less CPU.
      const { raw, envelope } = mimeMessage(options);
      // The Message-ID given again spares nodemailer making one up for a message it does not parse.
      const message: SendMailOptions & MimeBoundary = { raw, envelope, messageId: options.messageId, baseBoundary: options.baseBoundary };
      await this.transport.sendMail(message);
      return { provider: this.name, reference: String(options.messageId), status: this.options.deliveredOnAccept ? 'delivered' : 'sending' };
    } catch (error) {
      throw classify(error as SmtpFailure);
    }
  }

  close(): void {
    this.transport.close();
  }
}

/** 5xx replies are the relay refusing the message for good; anything else may pass on retry. */
function classify(error: SmtpFailure): ProviderError {
  const code = error.responseCode;
  if (code !== undefined && code >= 500 && code < 600) {
    return ProviderError.permanent(`SMTP relay refused the message (${code})`);
  }
  return ProviderError.retryable(`SMTP relay unavailable (${code ?? error.code ?? 'no reply'})`);
}
