import type { MessageBody } from '@herald/domain';
import type { InternalHttp } from './internal-http';

/** The message as the admin's message page gets it: GET /herald/v1/messages/{id}'s body. */
export type MessageView = MessageBody;

/** A service's omnichannel messages: the same body as GET /herald/v1/messages/{id}. */
export class MessagesClient {
  constructor(private readonly http: InternalHttp) {}

  get(serviceId: string, messageId: string): Promise<MessageView> {
    return this.http.json('GET', `services/${encodeURIComponent(serviceId)}/messages/${encodeURIComponent(messageId)}`);
  }
}
