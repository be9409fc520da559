import type { InternalHttp } from './internal-http';
import type { AssistedPreferenceChange, RecipientLookupQuery, RecipientPreferencesView } from './preferences-api.types';

/** A person's channel choices as a service's staff see and record them (the recipient-preferences page). */
export class PreferencesClient {
  constructor(private readonly http: InternalHttp) {}

  show(serviceId: string, lookup: RecipientLookupQuery): Promise<RecipientPreferencesView> {
    return this.http.json('GET', base(serviceId), { query: { email_address: lookup.email_address, phone_number: lookup.phone_number } });
  }

  recordAssisted(serviceId: string, change: AssistedPreferenceChange): Promise<RecipientPreferencesView> {
    return this.http.json('POST', base(serviceId), { body: change });
  }
}

const base = (serviceId: string): string => `services/${encodeURIComponent(serviceId)}/recipient-preferences`;
