import { Injectable } from '@nestjs/common';
import { TemplateSetAdministration } from '@herald/administration';
import type { VariantPreview } from '@herald/contracts';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { brandingLogoUrl, TemplateSetVariant } from '@herald/domain';
import { EmailBrandingRepository, ServiceRepository } from '@herald/persistence';
import { EmailBrandingInput, EmailRenderer, LetterPdfRenderer, renderEmailBody, renderLetterHeading, renderSms } from '@herald/templating';
import { badRequest, noResultFound } from '../../errors/notify-error';

/** Shown where a letter's address goes, as the template preview does: the address comes from the recipient. */
const ADDRESS_PLACEHOLDERS = ['((address line 1))', '((address line 2))', '((address line 3))'];
const FORMATS = ['standard', 'large_print'];

export interface VariantPreviewRequest {
  readonly channel: string;
  readonly language: string;
  readonly format?: string;
}

/**
 * A draft variant as its recipient will see it, with the renderers the worker sends with and no
 * personalisation (placeholders show as `((name))`): the email's HTML, the text with its
 * fragment count, the letter as a PDF (standard or large print; bilingual Welsh pages first).
 */
@Injectable()
export class TemplateSetPreviewService {
  constructor(
    private readonly sets: TemplateSetAdministration,
    private readonly services: ServiceRepository,
    private readonly brandings: EmailBrandingRepository,
    private readonly emailRenderer: EmailRenderer,
    private readonly letterRenderer: LetterPdfRenderer,
    @InjectConfig() private readonly config: HeraldConfig,
  ) {}

  async preview(serviceId: string, setId: string, request: VariantPreviewRequest): Promise<VariantPreview | Buffer> {
    const format = request.format || 'standard';
    if (!FORMATS.includes(format)) throw badRequest('format must be standard or large_print');
    const { set } = await this.sets.show(serviceId, setId);
    const variant = set.variants.find((v) => v.channel === request.channel && v.language === request.language);
    if (!variant) throw noResultFound();
    const service = await this.services.findById(serviceId);
    switch (variant.channel) {
      case 'email': {
        const email = this.emailRenderer.render({
          subject: variant.subject ?? '',
          content: variant.content,
          personalisation: {},
          serviceName: service?.name ?? '',
          branding: await this.brandingOf(serviceId),
          language: variant.language,
        });
        return { channel: 'email', subject: email.subject, html: email.html };
      }
      case 'sms': {
        const sms = renderSms(variant.content, {}, { prefix: service?.prefixSms ? service.name : null, language: variant.language });
        return { channel: 'sms', body: sms.fullText, fragments: sms.fragmentCount, unicode: sms.isUnicode };
      }
      case 'letter':
        return this.letterPdf(variant, format === 'large_print');
    }
  }

  private async letterPdf(variant: TemplateSetVariant, largePrint: boolean): Promise<Buffer> {
    const rendered = await this.letterRenderer.render({
      addressLines: ADDRESS_PLACEHOLDERS,
      contactBlock: null,
      date: new Date(),
      heading: renderLetterHeading(variant.subject ?? '', {}),
      body: renderEmailBody(variant.content, {}),
      welsh:
        variant.language === 'bilingual'
          ? { subject: renderLetterHeading(variant.welshSubject ?? '', {}), content: renderEmailBody(variant.welshContent ?? '', {}) }
          : null,
      largePrint,
    });
    return rendered.pdf;
  }

  private async brandingOf(serviceId: string): Promise<EmailBrandingInput | null> {
    const branding = await this.brandings.find(serviceId);
    if (!branding) return null;
    const logoUrl = brandingLogoUrl(branding, this.config.api.baseUrl);
    return { colour: branding.colour, bannerText: branding.bannerText, logoUrl };
  }
}
