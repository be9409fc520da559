import { Injectable } from '@nestjs/common';
import { TemplateResponse } from '@herald/contracts';
import { DEFAULT_POSTAGE, isUkPostage, notifyTimestamp, type TemplateVersion } from '@herald/domain';
import { placeholdersIn } from '@herald/templating';

/** Texts whose placeholders need values, in Notify's order: contact block, subject, body. */
export function placeholderTexts(template: TemplateVersion): string[] {
  const contactBlock = template.type === 'letter' ? (template.letterContactBlock ?? '').trim() : '';
  const subject = template.type === 'sms' ? '' : (template.subject ?? '');
  return [contactBlock, subject, template.content];
}

/** Letter templates always have a postage in Notify; a Herald template without one posts second class. */
export function postageOf(template: TemplateVersion): string | null {
  if (template.type !== 'letter') return null;
  return isUkPostage(template.postage) ? template.postage : DEFAULT_POSTAGE;
}

/** Writes one template version as Notify's v2 template (docs/api-contract.md §12.8): the body raw, byte for byte. */
@Injectable()
export class TemplatePresenter {
  present(template: TemplateVersion): TemplateResponse {
    const personalisation: TemplateResponse['personalisation'] = {};
    for (const placeholder of placeholdersIn(...placeholderTexts(template))) personalisation[placeholder.name] = { required: true };
    return {
      id: template.id,
      type: template.type,
      created_at: notifyTimestamp(template.createdAt),
      updated_at: notifyTimestamp(template.updatedAt),
      created_by: template.createdByEmail,
      version: template.version,
      body: template.content,
      subject: template.type === 'sms' ? null : template.subject,
      name: template.name,
      personalisation,
      postage: postageOf(template),
      letter_contact_block: template.type === 'letter' ? template.letterContactBlock : null,
    };
  }
}
