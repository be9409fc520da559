import type { CallbackType } from './callback-types';

/** A service's callback of one type, with its bearer token decrypted. */
export interface ServiceCallback {
  readonly serviceId: string;
  readonly type: CallbackType;
  readonly url: string;
  readonly bearerToken: string;
  readonly updatedAt: Date;
}
