import { checkReplyToAddress, checkSmsSender, validatePhoneNumber } from '@herald/domain';
import { EmailReplyToRepository, ServiceRepository, SmsSenderRepository } from '@herald/persistence';
import { CliError } from '../cli-error';
import { printResult, requireFound } from '../cli-output';
import type { CliSession } from '../cli-session';
import type { SmsSenderOptions } from './sms-sender.command';

/** The admin's check (checkReplyToAddress) and audit record (`reply-to.added`). */
export async function addReplyTo(session: CliSession, options: { service: string; email: string; default?: boolean; json?: boolean }): Promise<void> {
  const service = requireFound(await session.repository(ServiceRepository).findById(options.service), `Service ${options.service}`);
  const address = checkReplyToAddress(options.email);
  const actor = await session.actor();
  const added = await session.repository(EmailReplyToRepository).add(service.id, address, options.default === true);
  await session.audit({ userId: actor.id, serviceId: service.id, action: 'reply-to.added', subject: added.id, details: { isDefault: added.isDefault } });
  printResult(options.json, { id: added.id }, `Added reply-to ${added.emailAddress}${added.isDefault ? ' (default)' : ''}: ${added.id}`);
}

/** The admin's check (checkSmsSender) and audit record (`sms-sender.added`); an inbound number is the CLI's own extra. */
export async function addSmsSender(session: CliSession, options: SmsSenderOptions): Promise<void> {
  const service = requireFound(await session.repository(ServiceRepository).findById(options.service), `Service ${options.service}`);
  const sender = checkSmsSender(options.sender);
  const senders = session.repository(SmsSenderRepository);
  if (options.inboundNumber !== undefined) {
    const inbound = validatePhoneNumber(options.inboundNumber);
    if (!inbound.ok) throw new CliError('invalid', `--inbound-number: ${inbound.message}`);
    if (await senders.findServiceByInboundNumber(options.inboundNumber)) throw new CliError('invalid', `--inbound-number: ${options.inboundNumber} already belongs to a service`);
  }
  const actor = await session.actor();
  const added = await senders.add(service.id, sender, { isDefault: options.default === true, inboundNumber: options.inboundNumber ?? null });
  await session.audit({ userId: actor.id, serviceId: service.id, action: 'sms-sender.added', subject: added.id, details: { smsSender: added.smsSender, isDefault: added.isDefault } });
  printResult(options.json, { id: added.id }, `Added SMS sender ${added.smsSender}${added.isDefault ? ' (default)' : ''}: ${added.id}`);
}
