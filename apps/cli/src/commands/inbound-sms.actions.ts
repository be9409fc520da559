import { randomUUID } from 'node:crypto';
import { receiveInboundText, validatePhoneNumber } from '@herald/domain';
import { InboundSmsRepository, ServiceRepository, SmsSenderRepository } from '@herald/persistence';
import { CliError } from '../cli-error';
import { printResult, requireFound } from '../cli-output';
import type { CliSession } from '../cli-session';
import type { InboundSmsOptions } from './inbound-sms.command';

/**
 * The Twilio webhook's path (receiveInboundText) without Twilio: stored for the service's inbound
 * number, and the service's inbound-sms callback queued. A development and seeding aid only.
 */
export async function receiveText(session: CliSession, options: InboundSmsOptions): Promise<void> {
  if (session.config.environment === 'production') throw new CliError('refused', 'inbound-sms receive is for development and seeding: it is refused with NODE_ENV=production');
  const service = requireFound(await session.repository(ServiceRepository).findById(options.service), `Service ${options.service}`);
  const from = validatePhoneNumber(options.from);
  if (!from.ok) throw new CliError('invalid', `--from: ${from.message}`);
  const senders = session.repository(SmsSenderRepository);
  const inbound = (await senders.list(service.id)).find((s) => s.inboundNumber)?.inboundNumber;
  if (!inbound) throw new CliError('invalid', `${service.name} has no inbound number: add one with herald sms-sender add --inbound-number`);
  const receipt = await receiveInboundText(senders, session.repository(InboundSmsRepository), {
    from: options.from, to: inbound, content: options.content, provider: 'cli', providerReference: `cli-${randomUUID()}`,
  });
  if (!receipt.stored) throw new CliError('internal', `The text was not stored (${receipt.reason})`);
  const actor = await session.actor();
  await session.audit({ userId: actor.id, serviceId: service.id, action: 'inbound-sms.received-from-cli', subject: receipt.id });
  printResult(options.json, { id: receipt.id, service_id: service.id, to: inbound }, `Stored a text to ${inbound} for ${service.name} (${receipt.id})`);
}
