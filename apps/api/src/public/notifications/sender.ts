import type { KeyType, Service } from '@herald/domain';
import type { SendingKey } from '@herald/sending';

/**
 * Who sends a notification: an API key (the v2 API) or a team member in the admin (key type
 * `normal`, no key, `createdById` the user). An AuthenticatedKey is a Sender.
 */
export interface Sender {
  readonly service: Service;
  readonly keyType: KeyType;
  readonly apiKeyId: string | null;
  readonly createdById?: string | null;
  /** R-API-7: the key opted in to recipients' channel choices. */
  readonly respectPreferences?: boolean;
}

/** The sending library's view of who sends. */
export const sendingKeyOf = (sender: Sender): SendingKey => ({
  keyType: sender.keyType,
  apiKeyId: sender.apiKeyId,
  createdById: sender.createdById ?? null,
  respectPreferences: sender.respectPreferences === true,
});
