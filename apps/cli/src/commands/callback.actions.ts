import { CallbackType, InvalidFieldsError } from '@herald/domain';
import { CliError } from '../cli-error';
import { printResult } from '../cli-output';
import type { CliSession } from '../cli-session';
import type { CallbackOptions } from './callback.command';
import { CALLBACK_TYPE_NAMES } from './choices';

const TYPES: Record<(typeof CALLBACK_TYPE_NAMES)[number], CallbackType> = {
  'delivery-status': 'delivery_status',
  'inbound-sms': 'inbound_sms',
  complaint: 'complaint',
  'message-status': 'message_status',
};

function callbackType(option: string): CallbackType {
  const type = TYPES[option as keyof typeof TYPES];
  if (!type) throw new CliError('usage', `--type must be one of ${CALLBACK_TYPE_NAMES.join(', ')}, not "${option}"`);
  return type;
}

/** The admin's checks (the same URL policy) and audit records (`callback.created` or `callback.changed`); the token is always needed here. */
export async function setCallback(session: CliSession, options: CallbackOptions): Promise<void> {
  const type = callbackType(options.type);
  const service = await session.administration.services.find(options.service);
  const actor = await session.actor();
  const saved = await session.administration.callbacks
    .set(actor, service.id, type, { url: options.url ?? '', bearerToken: options.token ?? '', blankTokenKeepsCurrent: false })
    .catch((error: unknown) => {
      // A refused URL is named with its value: the operator sees which address the policy turned down.
      const refusal = error instanceof InvalidFieldsError ? error.problems.find((p) => p.field === 'url') : undefined;
      throw refusal ? new CliError('invalid', `--url ${options.url}: ${refusal.message}`) : error;
    });
  printResult(
    options.json,
    { service_id: service.id, type: options.type, url: saved.url },
    `Callbacks of type ${options.type} for ${service.name} go to ${saved.url}`,
  );
}

export async function removeCallback(session: CliSession, options: CallbackOptions): Promise<void> {
  const type = callbackType(options.type);
  const service = await session.administration.services.find(options.service);
  const actor = await session.actor();
  const removed = await session.administration.callbacks.remove(actor, service.id, type);
  printResult(
    options.json,
    { service_id: service.id, type: options.type, removed },
    removed ? `Removed the ${options.type} callback of ${service.name}` : `${service.name} had no ${options.type} callback`,
  );
}
