import type { InternalHttp } from './internal-http';
import type { AlternativeFormatListView, AlternativeFormatView } from './alternative-formats-api.types';

/** The operators' alternative-format queue (platform admins only). */
export class AlternativeFormatsClient {
  constructor(private readonly http: InternalHttp) {}

  open(): Promise<AlternativeFormatListView> {
    return this.http.json('GET', 'platform/alternative-formats');
  }

  /** Records the signed-in operator as the one who produced the format; 400 when done already. */
  markDone(notificationId: string): Promise<AlternativeFormatView> {
    return this.http.json('POST', `platform/alternative-formats/${encodeURIComponent(notificationId)}/done`);
  }
}
