import { randomUUID } from 'node:crypto';
import { checkNewApiKey, formatApiKey } from '@herald/domain';
import { ApiKeyRepository, ServiceRepository } from '@herald/persistence';
import { printList, printResult, requireFound } from '../cli-output';
import type { CliSession } from '../cli-session';

/** The admin's checks (checkNewApiKey) and audit record (`api-key.created`). */
export async function createApiKey(session: CliSession, options: { service: string; name: string; type: string; json?: boolean }): Promise<void> {
  const service = requireFound(await session.repository(ServiceRepository).findById(options.service), `Service ${options.service}`);
  const keys = session.repository(ApiKeyRepository);
  const namesInUse = (await keys.listForService(service.id)).filter((k) => !k.revokedAt).map((k) => k.name);
  const { name, keyType } = checkNewApiKey({ name: options.name, key_type: options.type }, namesInUse);
  const actor = await session.actor();
  const secret = randomUUID();
  const { id } = await keys.create(service.id, { name, keyType, secret, createdById: actor.id });
  await session.audit({ userId: actor.id, serviceId: service.id, action: 'api-key.created', subject: id, details: { name, keyType } });
  const key = formatApiKey(name, service.id, secret);
  printResult(options.json, { id, key }, `Created ${keyType} key ${name}. Copy it now, it is not shown again:\n${key}`);
}

/** What the admin shows of each key: never its secret (ApiKeySummary has none). */
export async function listApiKeys(session: CliSession, options: { service: string; json?: boolean }): Promise<void> {
  const service = requireFound(await session.repository(ServiceRepository).findById(options.service), `Service ${options.service}`);
  const keys = await session.repository(ApiKeyRepository).listForService(service.id);
  const items = keys.map((k) => ({ id: k.id, name: k.name, type: k.keyType, created_at: k.createdAt.toISOString(), revoked_at: k.revokedAt?.toISOString() ?? null }));
  printList(options.json, 'api_keys', items, (k) => `${k.id}  ${k.name}  ${k.type}  created ${k.created_at}${k.revoked_at ? `  revoked ${k.revoked_at}` : ''}`,
    `${service.name} has no API keys`);
}
