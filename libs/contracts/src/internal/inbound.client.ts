import type { InternalHttp } from './internal-http';
import type { ConversationView, ReceivedTextsView } from './inbound-api.types';

/** A service's received text messages, one conversation per number that texted it. */
export class InboundClient {
  constructor(private readonly http: InternalHttp) {}

  conversations(serviceId: string): Promise<ReceivedTextsView> {
    return this.http.json('GET', `services/${encodeURIComponent(serviceId)}/received-text-messages`);
  }

  /** `conversationId`: the id of any text in it; 404 when the service received no such text. */
  conversation(serviceId: string, conversationId: string): Promise<ConversationView> {
    return this.http.json('GET', `services/${encodeURIComponent(serviceId)}/received-text-messages/${encodeURIComponent(conversationId)}`);
  }
}
