import type { KeyType } from '@herald/domain';

/** A key as the admin lists it: never its secret. */
export interface ApiKeyView {
  readonly id: string;
  readonly name: string;
  readonly key_type: KeyType;
  readonly created_at: string;
  /** The creator's name; null for keys made with the CLI. */
  readonly created_by: string | null;
  readonly last_used_at: string | null;
  readonly revoked_at: string | null;
}

/** The one answer that holds a key's secret: `{name}-{service id}-{secret}`, as the clients take it. */
export interface CreatedApiKey {
  readonly api_key: ApiKeyView;
  readonly secret_key: string;
}

export interface NewApiKey {
  readonly name: string;
  readonly key_type: KeyType | string;
}

export interface ApiRequestView {
  readonly at: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly key_name: string | null;
  readonly error: string | null;
}

export interface LatestApiRequests {
  readonly requests: ApiRequestView[];
  /** False when the request log could not be read just now. */
  readonly available: boolean;
}

export const ADMIN_CALLBACK_TYPES = ['delivery_status', 'inbound_sms', 'message_status'] as const;
export type AdminCallbackType = (typeof ADMIN_CALLBACK_TYPES)[number];

/** A callback as the admin shows it: the URL, never the token. */
export interface CallbackView {
  readonly type: AdminCallbackType;
  readonly url: string | null;
  readonly has_bearer_token: boolean;
  readonly updated_at: string | null;
}

export interface CallbackChange {
  readonly url: string;
  /** Blank keeps the current token. */
  readonly bearer_token: string;
}

export interface GuestListView {
  readonly email_addresses: string[];
  readonly phone_numbers: string[];
}
