import type { Service, TemplateType, TemplateVersion } from '@herald/domain';
import { normaliseKey, placeholdersIn } from '@herald/templating';
import { SendProblem, sendProblem } from '../send-problem';

const CHANNEL_NAMES: Record<TemplateType, string> = { email: 'emails', sms: 'text messages', letter: 'letters' };

/** The service's permission for the channel (docs/api.md, "Sending"). */
export function channelProblem(service: Service, channel: TemplateType): SendProblem | null {
  if (service.permissions.includes(channel)) return null;
  return sendProblem('channel-not-permitted', 'template_id', `Service is not allowed to send ${CHANNEL_NAMES[channel]}`);
}

/**
 * The template checks, in Notify's order: found and not hidden, the right channel, not archived.
 * A template set's variants are hidden templates: only an attempt of a message may use one.
 */
export function templateProblem(template: TemplateVersion | null, channel: TemplateType, forMessageAttempt = false): SendProblem | null {
  if (!template || (template.hidden && !(forMessageAttempt && template.language !== null)))
    return sendProblem('template-not-found', 'template_id', 'Template not found');
  if (template.type !== channel)
    return sendProblem('template-wrong-type', 'template_id', `${template.type} template is not suitable for ${channel} notification`);
  if (template.archived) return sendProblem('template-archived', 'template_id', 'Template has been deleted');
  return null;
}

/** A template version's placeholders, parsed once however many rows of a file use it. */
const PLACEHOLDERS = new WeakMap<TemplateVersion, ReadonlyArray<{ name: string; key: string }>>();

function placeholdersOf(template: TemplateVersion): ReadonlyArray<{ name: string; key: string }> {
  let placeholders = PLACEHOLDERS.get(template);
  if (!placeholders) PLACEHOLDERS.set(template, (placeholders = placeholdersIn(template.subject ?? '', template.content, template.letterContactBlock ?? '')));
  return placeholders;
}

/** Every placeholder of the subject, body and letter contact block needs a value (null counts as none; '' is a value). */
export function personalisationProblem(template: TemplateVersion, personalisation: Record<string, unknown>): SendProblem | null {
  const placeholders = placeholdersOf(template);
  if (!placeholders.length) return null;
  const given = new Map(Object.entries(personalisation).map(([name, value]) => [normaliseKey(name), value]));
  const missing = placeholders.filter((p) => given.get(p.key) === undefined || given.get(p.key) === null).map((p) => p.name);
  if (!missing.length) return null;
  return sendProblem('missing-personalisation', 'personalisation', `Missing personalisation: ${missing.join(', ')}`, { placeholders: missing });
}

/** Files go by email only. */
export function fileProblem(personalisation: Record<string, unknown>): SendProblem | null {
  const hasFile = Object.values(personalisation).some((value) => typeof value === 'object' && value !== null && 'file' in value);
  return hasFile ? sendProblem('file-not-allowed', 'personalisation', 'Can only send a file by email') : null;
}
