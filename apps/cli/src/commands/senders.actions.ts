import { printResult } from '../cli-output';
import type { CliSession } from '../cli-session';
import type { SmsSenderOptions } from './sms-sender.command';

/** The admin's check and audit record (`reply-to.added`), through ReplyToAdministration. */
export async function addReplyTo(session: CliSession, options: { service: string; email: string; default?: boolean; json?: boolean }): Promise<void> {
  const service = await session.administration.services.find(options.service);
  const actor = await session.actor();
  const added = await session.administration.replyTos.add(actor, service.id, options.email, options.default === true);
  printResult(options.json, { id: added.id }, `Added reply-to ${added.emailAddress}${added.isDefault ? ' (default)' : ''}: ${added.id}`);
}

/** The admin's check and audit record (`sms-sender.added`); an inbound number is the CLI's own extra. */
export async function addSmsSender(session: CliSession, options: SmsSenderOptions): Promise<void> {
  const service = await session.administration.services.find(options.service);
  const actor = await session.actor();
  const added = await session.administration.smsSenders.add(actor, service.id, {
    sender: options.sender,
    makeDefault: options.default === true,
    inboundNumber: options.inboundNumber,
  });
  printResult(options.json, { id: added.id }, `Added SMS sender ${added.smsSender}${added.isDefault ? ' (default)' : ''}: ${added.id}`);
}
