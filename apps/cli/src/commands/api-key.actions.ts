import { printList, printResult } from '../cli-output';
import type { CliSession } from '../cli-session';

/** The admin's checks and audit record (`api-key.created`), through ApiKeyAdministration. */
export async function createApiKey(
  session: CliSession,
  options: { service: string; name: string; type: string; respectPreferences?: boolean; json?: boolean },
): Promise<void> {
  const actor = await session.actor();
  const request = { name: options.name, key_type: options.type, respect_preferences: options.respectPreferences === true };
  const { key, secret } = await session.administration.apiKeys.create(actor, options.service, request);
  printResult(options.json, { id: key.id, key: secret }, `Created ${key.keyType} key ${key.name}. Copy it now, it is not shown again:\n${secret}`);
}

/** What the admin shows of each key: never its secret (ApiKeySummary has none). */
export async function listApiKeys(session: CliSession, options: { service: string; json?: boolean }): Promise<void> {
  const service = await session.administration.services.find(options.service);
  const keys = await session.administration.apiKeys.list(service.id);
  const items = keys.map((k) => ({
    id: k.id,
    name: k.name,
    type: k.keyType,
    created_at: k.createdAt.toISOString(),
    revoked_at: k.revokedAt?.toISOString() ?? null,
  }));
  printList(
    options.json,
    'api_keys',
    items,
    (k) => `${k.id}  ${k.name}  ${k.type}  created ${k.created_at}${k.revoked_at ? `  revoked ${k.revoked_at}` : ''}`,
    `${service.name} has no API keys`,
  );
}
