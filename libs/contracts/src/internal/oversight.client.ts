import type { InternalHttp } from './internal-http';
import type {
  OversightAuditQuery,
  OversightAuditResponse,
  OversightFiguresResponse,
  OversightPurposeLogEntryResponse,
  OversightPurposeLogQuery,
  OversightPurposeLogResponse,
  OversightServiceResponse,
  OversightSummaryResponse,
} from './oversight-api.types';

/** Auditors' read-only endpoints across services (auditors and platform admins; anyone else gets 403). Every call is audited. */
export class OversightClient {
  constructor(private readonly http: InternalHttp) {}

  summary(): Promise<OversightSummaryResponse> {
    return this.http.json('GET', 'oversight');
  }

  purposeLog(query: OversightPurposeLogQuery = {}): Promise<OversightPurposeLogResponse> {
    return this.http.json('GET', 'oversight/purpose-log', { query: { ...query } });
  }

  purposeLogEntry(entryId: string): Promise<OversightPurposeLogEntryResponse> {
    return this.http.json('GET', `oversight/purpose-log/${encodeURIComponent(entryId)}`);
  }

  service(serviceId: string): Promise<OversightServiceResponse> {
    return this.http.json('GET', `oversight/services/${encodeURIComponent(serviceId)}`);
  }

  audit(query: OversightAuditQuery = {}): Promise<OversightAuditResponse> {
    return this.http.json('GET', 'oversight/audit', { query: { ...query } });
  }

  figures(): Promise<OversightFiguresResponse> {
    return this.http.json('GET', 'oversight/figures');
  }
}
