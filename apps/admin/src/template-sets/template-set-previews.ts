import type { InternalApiClient, SmsVariantPreview, TemplateSetView } from '@herald/contracts';

/** One variant's preview on the preview page: an email in an iframe, a text as sent, a letter as PDF links. */
export interface VariantPreviewItem {
  readonly channel: string;
  readonly language: string;
  readonly subject: string | null;
  readonly sms: SmsVariantPreview | null;
}

/** Fetches the preview of every variant of a set's draft (letters are PDFs, linked rather than fetched). */
export class TemplateSetPreviews {
  constructor(private readonly api: InternalApiClient) {}

  async of(serviceId: string, set: TemplateSetView): Promise<VariantPreviewItem[]> {
    return Promise.all(
      set.variants.map(async (variant): Promise<VariantPreviewItem> => {
        const item = { channel: variant.channel, language: variant.language, subject: variant.subject, sms: null };
        if (variant.channel === 'letter') return item;
        const preview = await this.api.templateSets.preview(serviceId, set.id, variant.channel, variant.language);
        return preview.channel === 'sms' ? { ...item, sms: preview } : { ...item, subject: preview.subject };
      }),
    );
  }
}
