import { Injectable } from '@nestjs/common';
import type { TemplatePreviewView } from '@herald/contracts';
import { brandingLogoUrl, normaliseAddressLines, rawAddressLines } from '@herald/domain';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { EmailBrandingRepository, ServiceRepository } from '@herald/persistence';
import {
  EmailBrandingInput,
  EmailRenderer,
  fillPlaceholders,
  LetterPdfRenderer,
  missingPersonalisation,
  normaliseKey,
  renderEmailBody,
  renderLetterHeading,
  renderSms,
} from '@herald/templating';
import { badRequest } from '../../errors/notify-error';
import { TemplatesService } from './templates.service';

/** Shown where a letter's address goes until values are given, as Notify's preview does. */
const ADDRESS_PLACEHOLDERS = ['((address line 1))', '((address line 2))', '((address line 3))'];

/**
 * The template as its recipient will see it, with the renderers the worker sends with: the whole
 * email HTML, the text message with its prefix and fragment count, the letter as a PDF.
 */
@Injectable()
export class TemplatePreviewService {
  constructor(
    private readonly templates: TemplatesService,
    private readonly services: ServiceRepository,
    private readonly brandings: EmailBrandingRepository,
    private readonly emailRenderer: EmailRenderer,
    private readonly letterRenderer: LetterPdfRenderer,
    @InjectConfig() private readonly config: HeraldConfig,
  ) {}

  async preview(serviceId: string, templateId: string, body: Record<string, unknown>): Promise<TemplatePreviewView> {
    const template = await this.templates.find(serviceId, templateId);
    const personalisation = valuesOf(body);
    const missing = missingPersonalisation([template.subject ?? '', template.content, template.letterContactBlock ?? ''], personalisation);
    const service = await this.services.findById(serviceId);
    switch (template.type) {
      case 'email': {
        const email = this.emailRenderer.render({
          subject: template.subject ?? '',
          content: template.content,
          personalisation,
          serviceName: service?.name ?? '',
          branding: await this.brandingOf(serviceId),
        });
        return { type: 'email', subject: email.subject, html: email.html, body: email.body, sms: null, missing };
      }
      case 'sms': {
        const sms = renderSms(template.content, personalisation, { prefix: service?.prefixSms ? service.name : null });
        return {
          type: 'sms',
          subject: null,
          html: null,
          body: sms.fullText,
          missing,
          sms: { character_count: sms.characterCount, fragment_count: sms.fragmentCount, is_unicode: sms.isUnicode },
        };
      }
      case 'letter':
        return {
          type: 'letter',
          subject: renderLetterHeading(template.subject ?? '', personalisation),
          html: null,
          body: renderEmailBody(template.content, personalisation),
          sms: null,
          missing,
        };
    }
  }

  /** The letter laid out as it would be printed today, filled with the given values. */
  async letterPdf(serviceId: string, templateId: string, body: Record<string, unknown>): Promise<Buffer> {
    const template = await this.templates.find(serviceId, templateId);
    if (template.type !== 'letter') throw badRequest('Only letter templates have a PDF preview');
    const personalisation = valuesOf(body);
    const addressLines = normaliseAddressLines(rawAddressLines(addressKeysOf(personalisation)));
    const rendered = await this.letterRenderer.render({
      addressLines: addressLines.length ? addressLines : ADDRESS_PLACEHOLDERS,
      contactBlock: template.letterContactBlock ? fillPlaceholders(template.letterContactBlock, personalisation, { lists: 'inline' }) : null,
      date: new Date(),
      heading: renderLetterHeading(template.subject ?? '', personalisation),
      body: renderEmailBody(template.content, personalisation),
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

/** `personalisation` of the body: strings only (form values); blank values count as not given. */
function valuesOf(body: Record<string, unknown>): Record<string, string> {
  const given = body.personalisation;
  if (!given || typeof given !== 'object' || Array.isArray(given)) return {};
  return Object.fromEntries(Object.entries(given).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== ''));
}

/** `Address line 1`, `address_line_1` and `ADDRESS LINE 1` all fill the first line, as placeholders match. */
function addressKeysOf(personalisation: Record<string, string>): Record<string, string> {
  const keyed: Record<string, string> = {};
  for (const [name, value] of Object.entries(personalisation)) {
    const key = normaliseKey(name);
    const line = /^addressline([1-7])$/.exec(key);
    if (line) keyed[`address_line_${line[1]}`] = value;
    else if (key === 'postcode') keyed.postcode = value;
  }
  return keyed;
}
