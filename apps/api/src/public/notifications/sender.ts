import type { KeyType } from '@herald/domain';
import type { Service } from '@herald/persistence';

/**
 * Who sends a notification: an API key (the v2 API) or a team member in the admin (key type
 * `normal`, no key, `createdById` the user). An AuthenticatedKey is a Sender.
 */
export interface Sender {
  readonly service: Service;
  readonly keyType: KeyType;
  readonly apiKeyId: string | null;
  readonly createdById?: string | null;
}
