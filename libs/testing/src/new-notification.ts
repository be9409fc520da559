import { randomUUID } from 'node:crypto';
import type { NewNotification } from '@herald/domain';

/** A notification as the API would store it before sending (an email unless `fields` say otherwise: a fresh id, `normal` key, no personalisation), with `fields` over it. */
export function aNewNotification(serviceId: string, templateId: string, fields: Partial<NewNotification> = {}): NewNotification {
  const recipient = fields.recipient ?? 'jo@example.com';
  return {
    id: randomUUID(),
    serviceId,
    templateId,
    templateVersion: 1,
    apiKeyId: null,
    keyType: 'normal',
    type: 'email',
    recipient,
    normalisedRecipient: recipient.toLowerCase(),
    personalisation: {},
    clientReference: null,
    replyTo: null,
    oneClickUnsubscribeUrl: null,
    createdById: null,
    createdAt: new Date(),
    ...fields,
  };
}
