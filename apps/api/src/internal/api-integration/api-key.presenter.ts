import type { ApiKeyView } from '@herald/contracts';
import type { ApiKeySummary } from '@herald/domain';

/** A key as the admin shows it (the internal API's JSON): never its secret. */
export function apiKeyJson(key: ApiKeySummary, createdBy: string | null, lastUsedAt: string | null): ApiKeyView {
  return {
    id: key.id,
    name: key.name,
    key_type: key.keyType,
    created_at: key.createdAt.toISOString(),
    created_by: createdBy,
    last_used_at: lastUsedAt,
    revoked_at: key.revokedAt?.toISOString() ?? null,
  };
}
