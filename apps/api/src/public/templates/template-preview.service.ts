import { Injectable } from '@nestjs/common';
import { TemplatePreviewResponse } from '@herald/contracts';
import type { TemplateVersion } from '@herald/domain';
import {
  emailMarkdownToHtml,
  missingPersonalisation,
  Personalisation,
  renderEmailBody,
  renderEmailSubject,
  renderLetterSubject,
  renderSms,
} from '@herald/templating';
import { badRequest, validationErrors } from '../../errors/notify-error';
import { RequestSchema, validateRequest } from '../validation/request-schema';
import { placeholderTexts, postageOf } from './template-presenter';
import { TemplateQueryService } from './template-query.service';

// Only these are validated; other keys in the body are ignored, as in Notify.
export const PREVIEW_SCHEMA: RequestSchema = {
  properties: { id: { uuid: true }, personalisation: { type: 'object' } },
};

/** POST /v2/template/{id}/preview (docs/api-contract.md §12.10): the current version filled in, as a notification would be. */
@Injectable()
export class TemplatePreviewService {
  constructor(private readonly query: TemplateQueryService) {}

  async preview(serviceId: string, id: string, body: unknown): Promise<TemplatePreviewResponse> {
    const request = isPlainObject(body) ? { ...body, id } : body;
    const errors = validateRequest(PREVIEW_SCHEMA, request);
    if (errors.length) throw validationErrors(errors);
    const personalisation = ((request as { personalisation?: Personalisation }).personalisation ?? {}) as Personalisation;
    const template = await this.query.findVisible(serviceId, id);
    const missing = missingPersonalisation(placeholderTexts(template), personalisation);
    if (missing.length) throw badRequest(`Missing personalisation: ${missing.join(', ')}`);
    return { id: template.id, type: template.type, version: template.version, ...render(template, personalisation), postage: postageOf(template) };
  }
}

function render(template: TemplateVersion, personalisation: Personalisation): Pick<TemplatePreviewResponse, 'body' | 'subject' | 'html'> {
  switch (template.type) {
    case 'email': {
      const body = renderEmailBody(template.content, personalisation);
      return { body, subject: renderEmailSubject(template.subject ?? '', personalisation), html: emailMarkdownToHtml(body) };
    }
    case 'sms':
      // The API's body never carries the service-name prefix (docs/api-contract.md §13.3).
      return { body: renderSms(template.content, personalisation, { prefix: null }).body, subject: null, html: null };
    case 'letter':
      // The raw filled content (lists as bullets, trimmed) is the same rule as the email body's.
      return { body: renderEmailBody(template.content, personalisation), subject: renderLetterSubject(template.subject ?? '', personalisation), html: null };
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
