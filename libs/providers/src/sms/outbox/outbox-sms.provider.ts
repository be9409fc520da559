import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OutboundSms, ProviderAcceptance, SmsProvider } from '@herald/domain';

/**
 * With no SMS provider configured, each text is written as a .json file under the outbox folder
 * and counted as delivered, so the whole journey works offline.
 */
export class OutboxSmsProvider implements SmsProvider {
  readonly name = 'outbox';

  constructor(private readonly outboxDir: string) {}

  async send(sms: OutboundSms): Promise<ProviderAcceptance> {
    const dir = join(this.outboxDir, 'sms');
    await mkdir(dir, { recursive: true });
    const file = join(dir, `${sms.notificationId}.json`);
    const text = { id: sms.notificationId, to: sms.to, from: sms.from, body: sms.body, written_at: new Date().toISOString() };
    await writeFile(file, `${JSON.stringify(text, null, 2)}\n`);
    return { provider: this.name, reference: file, status: 'delivered' };
  }
}
