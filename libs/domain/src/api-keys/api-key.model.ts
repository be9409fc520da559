import type { KeyType } from '../notifications/notification-types';

/** What checking a department's JWT needs of its key. */
export interface ApiKeyCredential {
  readonly id: string;
  readonly keyType: KeyType;
  /** The decrypted 36-character secret that signs the department's JWTs. */
  readonly secret: string;
  readonly revokedAt: Date | null;
  /** R-API-7: v2 sends with this key respect recipients' channel choices. */
  readonly respectPreferences: boolean;
}

/** What the admin shows of a key: never its secret. */
export interface ApiKeySummary {
  readonly id: string;
  readonly name: string;
  readonly keyType: KeyType;
  readonly createdById: string | null;
  readonly createdAt: Date;
  readonly revokedAt: Date | null;
  readonly respectPreferences: boolean;
}
