import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';
import { EmailProvider, OutboundEmail, ProviderAcceptance } from '@herald/domain';
import { mailOptions } from '../mail-options';

/**
 * With no SMTP relay configured, each email is written as an .eml file under the outbox folder
 * and counted as delivered, so the whole journey works offline.
 */
export class OutboxEmailProvider implements EmailProvider {
  readonly name = 'outbox';
  private readonly builder: Transporter;

  constructor(
    private readonly outboxDir: string,
    private readonly messageIdDomain: string,
  ) {
    this.builder = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  }

  async send(email: OutboundEmail): Promise<ProviderAcceptance> {
    const info = await this.builder.sendMail(mailOptions(email, this.messageIdDomain));
    const dir = join(this.outboxDir, 'email');
    await mkdir(dir, { recursive: true });
    const file = join(dir, `${email.notificationId}.eml`);
    await writeFile(file, info.message as Buffer);
    return { provider: this.name, reference: file, status: 'delivered' };
  }
}
