import type { InternalHttp } from './internal-http';
import type {
  RegisterGrantRequestBody,
  RegisterGrantView,
  RegisterRevokeRequestBody,
  RegisterSaveRequest,
  RegistersResponse,
  RegisterView,
  ServiceLookupsResponse,
  ServiceRegisterGrantsResponse,
} from './registers-api.types';

/** Registers and their purposes (platform admins), a service's own grants and look-ups (its team). */
export class RegistersClient {
  constructor(private readonly http: InternalHttp) {}

  list(): Promise<RegistersResponse> {
    return this.http.json('GET', 'platform/registers');
  }

  /** Audited as register.added or register.updated. */
  save(request: RegisterSaveRequest): Promise<RegisterView> {
    return this.http.json('POST', 'platform/registers', { body: request });
  }

  /** Audited as register.purpose-granted. */
  grant(register: string, body: RegisterGrantRequestBody): Promise<RegisterGrantView> {
    return this.http.json('POST', `platform/registers/${encodeURIComponent(register)}/grants`, { body });
  }

  /** Audited as register.purpose-revoked; 404 when there was no such grant. */
  revoke(register: string, body: RegisterRevokeRequestBody): Promise<{ revoked: true }> {
    return this.http.json('POST', `platform/registers/${encodeURIComponent(register)}/grants/revoke`, { body });
  }

  /** The registers and purposes this service may use. */
  grantsOf(serviceId: string): Promise<ServiceRegisterGrantsResponse> {
    return this.http.json('GET', `services/${encodeURIComponent(serviceId)}/registers`);
  }

  /** The service's own purpose log, newest first. */
  lookups(serviceId: string, page = 1): Promise<ServiceLookupsResponse> {
    return this.http.json('GET', `services/${encodeURIComponent(serviceId)}/lookups`, { query: { page } });
  }
}
