import type { ActivityPage, ActivitySearch, NotificationDetail } from './activity-api.types';
import type { InternalHttp } from './internal-http';

/** A service's notifications: search, filter, page, and each one's details and history (any member). */
export class ActivityClient {
  constructor(private readonly http: InternalHttp) {}

  search(serviceId: string, search: ActivitySearch = {}): Promise<ActivityPage> {
    return this.http.json('GET', base(serviceId), {
      query: { search: search.search, channel: search.channels, status: search.statuses, page: search.page },
    });
  }

  /** Every notification the search finds (not only a page), as CSV, streamed. */
  download(serviceId: string, search: ActivitySearch = {}): Promise<Response> {
    return this.http.stream('GET', `${base(serviceId)}/csv`, { query: { search: search.search, channel: search.channels, status: search.statuses } });
  }

  notification(serviceId: string, notificationId: string): Promise<NotificationDetail> {
    return this.http.json('GET', `${base(serviceId)}/${encodeURIComponent(notificationId)}`);
  }

  /** A letter's PDF as printed. */
  letterPdf(serviceId: string, notificationId: string): Promise<{ body: Buffer; contentType: string }> {
    return this.http.raw('GET', `${base(serviceId)}/${encodeURIComponent(notificationId)}/pdf`);
  }
}

const base = (serviceId: string): string => `services/${encodeURIComponent(serviceId)}/notifications`;
