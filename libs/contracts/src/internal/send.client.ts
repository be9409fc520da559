import type { InternalHttp } from './internal-http';
import type { MessagePreview, SendableTemplate, SendOneResult, SentNotification, TemplateChoice } from './send-api.types';

/** Sending one message from a template. */
export class SendClient {
  constructor(private readonly http: InternalHttp) {}

  templates(serviceId: string): Promise<TemplateChoice[]> {
    return this.http.json('GET', `services/${enc(serviceId)}/send/templates`);
  }

  template(serviceId: string, templateId: string): Promise<SendableTemplate> {
    return this.http.json('GET', `services/${enc(serviceId)}/send/${enc(templateId)}`);
  }

  /** Checks the values as a send would (400 with field problems) and renders the message. */
  preview(serviceId: string, templateId: string, values: Record<string, string>): Promise<MessagePreview> {
    return this.http.json('POST', `services/${enc(serviceId)}/send/${enc(templateId)}/preview`, { body: { values } });
  }

  send(serviceId: string, templateId: string, values: Record<string, string>): Promise<SendOneResult> {
    return this.http.json('POST', `services/${enc(serviceId)}/send/${enc(templateId)}`, { body: { values } });
  }

  notification(serviceId: string, notificationId: string): Promise<SentNotification> {
    return this.http.json('GET', `services/${enc(serviceId)}/send/notifications/${enc(notificationId)}`);
  }
}

const enc = encodeURIComponent;
