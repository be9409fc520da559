import { callbackProblems, CallbackType } from '@herald/domain';
import { ServiceCallbackRepository, ServiceRepository } from '@herald/persistence';
import { CliError } from '../cli-error';
import { printResult, requireFound } from '../cli-output';
import type { CliSession } from '../cli-session';
import type { CallbackOptions } from './callback.command';
import { CALLBACK_TYPE_NAMES } from './choices';

const TYPES: Record<(typeof CALLBACK_TYPE_NAMES)[number], CallbackType> = { 'delivery-status': 'delivery_status', 'inbound-sms': 'inbound_sms', complaint: 'complaint' };

function callbackType(option: string): CallbackType {
  const type = TYPES[option as keyof typeof TYPES];
  if (!type) throw new CliError('usage', `--type must be one of ${CALLBACK_TYPE_NAMES.join(', ')}, not "${option}"`);
  return type;
}

/** The admin's checks (callbackProblems, with the same URL policy) and audit records (`callback.created` or `callback.changed`). */
export async function setCallback(session: CliSession, options: CallbackOptions): Promise<void> {
  const type = callbackType(options.type);
  const service = requireFound(await session.repository(ServiceRepository).findById(options.service), `Service ${options.service}`);
  const callbacks = session.repository(ServiceCallbackRepository);
  const existing = await callbacks.find(service.id, type);
  const url = (options.url ?? '').trim();
  const token = (options.token ?? '').trim();
  const policy = { requireHttps: session.config.environment === 'production', allowPrivateAddresses: session.config.callbacks.allowPrivateUrls };
  // The token is required here (the admin keeps the current one when left blank).
  const problems = await callbackProblems(url, token, false, policy);
  if (problems.length) throw new CliError('invalid', problems.map((p) => (p.field === 'url' ? `--url ${url}: ${p.message}` : `--token: ${p.message}`)).join('; '));
  const actor = await session.actor();
  await callbacks.set(service.id, type, url, token);
  await session.audit({
    userId: actor.id, serviceId: service.id, action: existing ? 'callback.changed' : 'callback.created', subject: type, details: { type, host: new URL(url).host, tokenChanged: true },
  });
  printResult(options.json, { service_id: service.id, type: options.type, url }, `Callbacks of type ${options.type} for ${service.name} go to ${url}`);
}

export async function removeCallback(session: CliSession, options: CallbackOptions): Promise<void> {
  const type = callbackType(options.type);
  const service = requireFound(await session.repository(ServiceRepository).findById(options.service), `Service ${options.service}`);
  const actor = await session.actor();
  const removed = await session.repository(ServiceCallbackRepository).remove(service.id, type);
  if (removed) await session.audit({ userId: actor.id, serviceId: service.id, action: 'callback.removed', subject: type, details: { type } });
  printResult(options.json, { service_id: service.id, type: options.type, removed }, removed ? `Removed the ${options.type} callback of ${service.name}` : `${service.name} had no ${options.type} callback`);
}
