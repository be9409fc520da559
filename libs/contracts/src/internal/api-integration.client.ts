import type {
  AdminCallbackType,
  ApiKeyView,
  CallbackChange,
  CallbackView,
  CreatedApiKey,
  GuestListView,
  LatestApiRequests,
  NewApiKey,
} from './api-integration-api.types';
import type { InternalHttp } from './internal-http';

/** A service's API keys, latest API requests, callbacks and guest list. */
export class ApiIntegrationClient {
  constructor(private readonly http: InternalHttp) {}

  listKeys(serviceId: string): Promise<{ api_keys: ApiKeyView[] }> {
    return this.http.json('GET', `${base(serviceId)}/keys`);
  }

  getKey(serviceId: string, keyId: string): Promise<ApiKeyView> {
    return this.http.json('GET', `${base(serviceId)}/keys/${encodeURIComponent(keyId)}`);
  }

  /** The secret is in this answer only. */
  createKey(serviceId: string, key: NewApiKey): Promise<CreatedApiKey> {
    return this.http.json('POST', `${base(serviceId)}/keys`, { body: key });
  }

  revokeKey(serviceId: string, keyId: string): Promise<ApiKeyView> {
    return this.http.json('POST', `${base(serviceId)}/keys/${encodeURIComponent(keyId)}/revoke`);
  }

  latestRequests(serviceId: string): Promise<LatestApiRequests> {
    return this.http.json('GET', `${base(serviceId)}/requests`);
  }

  listCallbacks(serviceId: string): Promise<{ callbacks: CallbackView[] }> {
    return this.http.json('GET', `${base(serviceId)}/callbacks`);
  }

  getCallback(serviceId: string, type: AdminCallbackType): Promise<CallbackView> {
    return this.http.json('GET', `${base(serviceId)}/callbacks/${type}`);
  }

  setCallback(serviceId: string, type: AdminCallbackType, change: CallbackChange): Promise<CallbackView> {
    return this.http.json('PUT', `${base(serviceId)}/callbacks/${type}`, { body: change });
  }

  removeCallback(serviceId: string, type: AdminCallbackType): Promise<CallbackView> {
    return this.http.json('DELETE', `${base(serviceId)}/callbacks/${type}`);
  }

  guestList(serviceId: string): Promise<GuestListView> {
    return this.http.json('GET', `${base(serviceId)}/guest-list`);
  }

  replaceGuestList(serviceId: string, list: GuestListView): Promise<GuestListView> {
    return this.http.json('PUT', `${base(serviceId)}/guest-list`, { body: list });
  }
}

const base = (serviceId: string): string => `services/${encodeURIComponent(serviceId)}/api`;
