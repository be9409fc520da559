import type { MessageChannel, VariantLanguage } from '@herald/domain';
import type { InternalHttp } from './internal-http';
import type {
  TemplateSetFields,
  TemplateSetListView,
  TemplateSetVersionView,
  TemplateSetView,
  VariantPreview,
  VariantPreviewFormat,
} from './template-sets-api.types';

/** A service's template sets: drafts, publishing, and previews of each variant. */
export class TemplateSetsClient {
  constructor(private readonly http: InternalHttp) {}

  list(serviceId: string): Promise<TemplateSetListView> {
    return this.http.json('GET', base(serviceId));
  }

  get(serviceId: string, setId: string): Promise<TemplateSetView> {
    return this.http.json('GET', `${base(serviceId)}/${encodeURIComponent(setId)}`);
  }

  create(serviceId: string, fields: TemplateSetFields): Promise<TemplateSetView> {
    return this.http.json('POST', base(serviceId), { body: fields });
  }

  /** Replaces the draft; messages keep the published version until the next publish. */
  update(serviceId: string, setId: string, fields: TemplateSetFields): Promise<TemplateSetView> {
    return this.http.json('POST', `${base(serviceId)}/${encodeURIComponent(setId)}`, { body: fields });
  }

  /** Refused (400, one problem per variant and missing placeholder) unless every variant renders from the same personalisation. */
  publish(serviceId: string, setId: string): Promise<TemplateSetVersionView> {
    return this.http.json('POST', `${base(serviceId)}/${encodeURIComponent(setId)}/publish`);
  }

  /** An email or text variant of the draft as sent. */
  preview(serviceId: string, setId: string, channel: Exclude<MessageChannel, 'letter'>, language: VariantLanguage): Promise<VariantPreview> {
    return this.http.json('GET', previewPath(serviceId, setId, channel, language));
  }

  /** A letter variant of the draft as a PDF, standard or large print. */
  async letterPdf(serviceId: string, setId: string, language: VariantLanguage, format: VariantPreviewFormat = 'standard'): Promise<Buffer> {
    return (await this.http.raw('GET', previewPath(serviceId, setId, 'letter', language), { query: { format } })).body;
  }
}

const base = (serviceId: string): string => `services/${encodeURIComponent(serviceId)}/template-sets`;
const previewPath = (serviceId: string, setId: string, channel: MessageChannel, language: VariantLanguage): string =>
  `${base(serviceId)}/${encodeURIComponent(setId)}/variants/${channel}/${language}/preview`;
