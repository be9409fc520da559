import { columnKey, jobRecipient, type Service, type TemplateVersion } from '@herald/domain';
import { renderEmailBody, renderEmailSubject, renderLetterSubject, renderSms } from '@herald/templating';
import type { MessagePreview } from '@herald/contracts';

/** The message one set of values makes (values already checked), as text for a preview. */
export function messagePreview(service: Service, template: TemplateVersion, values: Record<string, string>): MessagePreview {
  const byKey = new Map(Object.entries(values).map(([name, value]) => [columnKey(name), value]));
  const recipient = jobRecipient(template.type, byKey, { allowInternationalLetters: true });
  const to = recipient.ok ? recipient.address : '';
  if (template.type === 'sms') {
    return { recipient: to, subject: null, body: renderSms(template.content, values, { prefix: service.prefixSms ? service.name : null }).fullText };
  }
  if (template.type === 'letter') {
    return { recipient: to, subject: renderLetterSubject(template.subject ?? '', values), body: renderEmailBody(template.content, values) };
  }
  return { recipient: to, subject: renderEmailSubject(template.subject ?? '', values), body: renderEmailBody(template.content, values) };
}
