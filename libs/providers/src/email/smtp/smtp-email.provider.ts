import { createTransport, Transporter } from 'nodemailer';
import { EmailProvider, OutboundEmail, ProviderAcceptance, ProviderError } from '@herald/domain';
import { mailOptions } from '../mail-options';

interface SmtpFailure {
  responseCode?: number;
  code?: string;
  message: string;
}

/** How the relay's receipts come back. */
export interface SmtpReceiptOptions {
  /** Envelope sender domain routing bounces to the bounce mailbox (VERP); null leaves it to nodemailer. */
  readonly bounceDomain: string | null;
  /** The relay sends no receipts: accepted means `delivered`. */
  readonly deliveredOnAccept: boolean;
}

/**
 * Sends through an SMTP relay. The relay's receipts arrive later, so the status is `sending`,
 * unless the relay is known to send none (`deliveredOnAccept`).
 */
export class SmtpEmailProvider implements EmailProvider {
  readonly name = 'smtp';
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly messageIdDomain: string,
    private readonly receipts: SmtpReceiptOptions = { bounceDomain: null, deliveredOnAccept: false },
  ) {
    this.transport = createTransport(smtpUrl, { pool: true, maxConnections: 5 } as never);
  }

  async send(email: OutboundEmail): Promise<ProviderAcceptance> {
    try {
      const info = await this.transport.sendMail(mailOptions(email, this.messageIdDomain, this.receipts.bounceDomain));
      return { provider: this.name, reference: String(info.messageId), status: this.receipts.deliveredOnAccept ? 'delivered' : 'sending' };
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
