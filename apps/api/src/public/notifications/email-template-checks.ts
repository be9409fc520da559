import { badRequest, TemplateType } from '@herald/domain';
import type { TemplateVersion } from '@herald/persistence';
import { missingPersonalisation, Personalisation } from '@herald/templating';

const SERVICE_CANNOT_SEND: Record<TemplateType, string> = { email: 'emails', sms: 'text messages', letter: 'letters' };

export function assertServiceMaySend(permissions: readonly string[], type: TemplateType): void {
  if (!permissions.includes(type)) throw badRequest(`Service is not allowed to send ${SERVICE_CANNOT_SEND[type]}`);
}

/** The template checks of section 12.1, in Notify's order. */
export function assertTemplateUsable(template: TemplateVersion | null, type: TemplateType): TemplateVersion {
  if (!template || template.hidden) throw badRequest('Template not found');
  if (template.type !== type) throw badRequest(`${template.type} template is not suitable for ${type} notification`);
  if (template.archived) throw badRequest('Template has been deleted');
  return template;
}

export function assertPersonalisationComplete(template: TemplateVersion, personalisation: Personalisation): void {
  const texts = [template.subject ?? '', template.content, template.letterContactBlock ?? ''];
  const missing = missingPersonalisation(texts, personalisation);
  if (missing.length) throw badRequest(`Missing personalisation: ${missing.join(', ')}`);
}
