import type { InternalHttp } from './internal-http';
import type { OrganisationListResponse, OrganisationResponse } from './organisations-api.types';

/** Organisations and their services: the list (platform admins), one organisation (platform admins and members of its services). */
export class OrganisationsClient {
  constructor(private readonly http: InternalHttp) {}

  list(): Promise<OrganisationListResponse> {
    return this.http.json('GET', 'organisations');
  }

  /** `financialYear`: the year it starts in; this financial year when left out. */
  show(name: string, financialYear?: string): Promise<OrganisationResponse> {
    return this.http.json('GET', `organisations/${encodeURIComponent(name)}`, { query: { year: financialYear } });
  }
}
