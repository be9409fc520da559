import type { ServiceDashboardResponse } from './dashboard-api.types';
import type { InternalHttp } from './internal-http';

/** A service's dashboard figures (any member of the service). */
export class DashboardClient {
  constructor(private readonly http: InternalHttp) {}

  show(serviceId: string): Promise<ServiceDashboardResponse> {
    return this.http.json('GET', `services/${encodeURIComponent(serviceId)}/dashboard`);
  }
}
