import type { InternalHttp } from './internal-http';
import type { ServiceUsageResponse } from './usage-api.types';

/** A service's usage by month over a financial year (any member of the service). */
export class UsageClient {
  constructor(private readonly http: InternalHttp) {}

  /** `financialYear`: the year it starts in; this financial year when left out. */
  show(serviceId: string, financialYear?: string): Promise<ServiceUsageResponse> {
    return this.http.json('GET', `services/${encodeURIComponent(serviceId)}/usage`, { query: { year: financialYear } });
  }
}
