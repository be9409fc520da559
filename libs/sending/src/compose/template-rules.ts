import type { Service, TemplateType, TemplateVersion } from '@herald/domain';
import { missingPersonalisation } from '@herald/templating';
import { SendProblem, sendProblem } from '../send-problem';

const CHANNEL_NAMES: Record<TemplateType, string> = { email: 'emails', sms: 'text messages', letter: 'letters' };

/** The service's permission for the channel (docs/api.md, "Sending"). */
export function channelProblem(service: Service, channel: TemplateType): SendProblem | null {
  if (service.permissions.includes(channel)) return null;
  return sendProblem('channel-not-permitted', 'template_id', `Service is not allowed to send ${CHANNEL_NAMES[channel]}`);
}

/** The template checks, in Notify's order: found and not hidden, the right channel, not archived. */
export function templateProblem(template: TemplateVersion | null, channel: TemplateType): SendProblem | null {
  if (!template || template.hidden) return sendProblem('template-not-found', 'template_id', 'Template not found');
  if (template.type !== channel) return sendProblem('template-wrong-type', 'template_id', `${template.type} template is not suitable for ${channel} notification`);
  if (template.archived) return sendProblem('template-archived', 'template_id', 'Template has been deleted');
  return null;
}

/** Every placeholder of the subject, body and letter contact block needs a value. */
export function personalisationProblem(template: TemplateVersion, personalisation: Record<string, unknown>): SendProblem | null {
  const missing = missingPersonalisation([template.subject ?? '', template.content, template.letterContactBlock ?? ''], personalisation);
  if (!missing.length) return null;
  return sendProblem('missing-personalisation', 'personalisation', `Missing personalisation: ${missing.join(', ')}`, { placeholders: missing });
}

/** Files go by email only. */
export function fileProblem(personalisation: Record<string, unknown>): SendProblem | null {
  const hasFile = Object.values(personalisation).some((value) => typeof value === 'object' && value !== null && 'file' in value);
  return hasFile ? sendProblem('file-not-allowed', 'personalisation', 'Can only send a file by email') : null;
}
