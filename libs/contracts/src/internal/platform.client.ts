import type { InternalHttp } from './internal-http';
import type {
  GoLiveDecisionRequest,
  GoLiveDecisionResponse,
  PlatformAuditQuery,
  PlatformAuditResponse,
  PlatformDashboardResponse,
  PlatformNotificationFound,
  PlatformServicesResponse,
} from './platform-api.types';
import type { AuditorChange, AuditorChanged, PlatformRolesResponse } from './platform-roles-api.types';

/** Operators' endpoints (platform admins only; anyone else gets 403). */
export class PlatformClient {
  constructor(private readonly http: InternalHttp) {}

  services(): Promise<PlatformServicesResponse> {
    return this.http.json('GET', 'platform/services');
  }

  decideGoLive(requestId: string, decision: GoLiveDecisionRequest): Promise<GoLiveDecisionResponse> {
    return this.http.json('POST', `platform/go-live-requests/${encodeURIComponent(requestId)}/${decision}`);
  }

  dashboard(): Promise<PlatformDashboardResponse> {
    return this.http.json('GET', 'platform/dashboard');
  }

  switchSmsProvider(name: string, enabled: boolean): Promise<{ name: string; enabled: boolean }> {
    return this.http.json('POST', `platform/sms-providers/${encodeURIComponent(name)}/switch`, { body: { enabled } });
  }

  /** Audited as platform.notification-viewed. */
  findNotification(notificationId: string): Promise<PlatformNotificationFound> {
    return this.http.json('GET', `platform/notifications/${encodeURIComponent(notificationId)}`);
  }

  /** Platform admins and auditors. */
  roles(): Promise<PlatformRolesResponse> {
    return this.http.json('GET', 'platform/roles');
  }

  /** Grants or removes the auditor role (audited as user.auditor-granted or user.auditor-removed). */
  setAuditor(change: AuditorChange): Promise<AuditorChanged> {
    return this.http.json('POST', 'platform/roles/auditor', { body: change });
  }

  audit(query: PlatformAuditQuery = {}): Promise<PlatformAuditResponse> {
    return this.http.json('GET', 'platform/audit', {
      query: { serviceId: query.serviceId, userId: query.userId, actions: query.actions?.join(','), page: query.page },
    });
  }
}
