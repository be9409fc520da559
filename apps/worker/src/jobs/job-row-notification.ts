import { randomUUID } from 'node:crypto';
import { columnKey, jobRecipient, letterAddressPersonalisation, letterPostage, newLetterReference } from '@herald/domain';
import type { NewNotification, Service, StoredJob, TemplateVersion, UploadedRow } from '@herald/persistence';
import { renderSms } from '@herald/templating';

/** What every row of one job shares. */
export interface JobSendContext {
  readonly job: StoredJob;
  readonly service: Service;
  readonly template: TemplateVersion;
  /** The service's default reply-to address (emails) or text message sender (texts). */
  readonly replyTo: string | null;
  readonly smsSender: string | null;
}

/**
 * The notification a job's row becomes, built with the same library rules the API uses; null for
 * a row that no longer passes them (every row was checked at upload, so this is only a guard).
 */
export function jobRowNotification(row: UploadedRow, context: JobSendContext): NewNotification | null {
  const { job, service, template } = context;
  const values = new Map(Object.entries(row.values).map(([name, value]) => [columnKey(name), value]));
  const recipient = jobRecipient(template.type, values, { allowInternationalLetters: service.permissions.includes('international_letters') });
  if (!recipient.ok) return null;
  const personalisation = template.type === 'letter' ? letterAddressPersonalisation(row.values) : { ...row.values };
  const base = {
    id: randomUUID(), serviceId: service.id, templateId: template.id, templateVersion: template.version, apiKeyId: null, keyType: 'normal' as const,
    type: template.type, recipient: recipient.address, normalisedRecipient: recipient.normalised, personalisation, clientReference: null,
    replyTo: null, oneClickUnsubscribeUrl: null, createdById: job.createdById, createdAt: new Date(), jobId: job.id, jobRowNumber: row.rowNumber,
  };
  if (recipient.type === 'email') return { ...base, replyTo: context.replyTo };
  if (recipient.type === 'sms') {
    const sms = renderSms(template.content, personalisation, { prefix: service.prefixSms ? service.name : null });
    const { phone } = recipient;
    return {
      ...base, billableUnits: sms.fragmentCount,
      sms: { sender: context.smsSender, international: phone.international, phonePrefix: phone.internationalPrefix, rateMultiplier: phone.rateMultiplier },
    };
  }
  return {
    ...base, normalisedRecipient: recipient.address.toLowerCase().replace(/\s+/g, ''),
    letter: { postage: letterPostage(template.postage, recipient.postal.postage), reference: newLetterReference() },
  };
}
