import { CliError } from '../cli-error';
import { printResult } from '../cli-output';
import type { CliSession } from '../cli-session';
import type { InboundSmsOptions } from './inbound-sms.command';

/**
 * The Twilio webhook's path without Twilio: stored for the service's inbound number, and the
 * service's inbound-sms callback queued. A development and seeding aid only.
 */
export async function receiveText(session: CliSession, options: InboundSmsOptions): Promise<void> {
  if (session.config.environment === 'production')
    throw new CliError('refused', 'inbound-sms receive is for development and seeding: it is refused with NODE_ENV=production');
  const service = await session.administration.services.find(options.service);
  const actor = await session.actor();
  const stored = await session.administration.inboundTexts.receive(actor, service.id, { from: options.from, content: options.content });
  printResult(options.json, { id: stored.id, service_id: service.id, to: stored.to }, `Stored a text to ${stored.to} for ${service.name} (${stored.id})`);
}
