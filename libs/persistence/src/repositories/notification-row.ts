import type { NewNotification } from '@herald/domain';
import type { FieldCipher } from '../database/field-cipher';
import { NotificationEntity } from '../entities/notification.entity';

/** A new notification's row: recipient and personalisation encrypted, a keyed hash to search by, `created` and unclaimed. */
export function notificationRow(cipher: FieldCipher, input: NewNotification): Partial<NotificationEntity> {
  return {
    id: input.id,
    serviceId: input.serviceId,
    templateId: input.templateId,
    templateVersion: input.templateVersion,
    apiKeyId: input.apiKeyId,
    keyType: input.keyType,
    notificationType: input.type,
    recipient: cipher.encrypt(input.recipient),
    recipientHash: cipher.hash(input.normalisedRecipient),
    personalisation: cipher.encryptJson(input.personalisation),
    clientReference: input.clientReference,
    status: 'created',
    replyTo: input.replyTo,
    oneClickUnsubscribeUrl: input.oneClickUnsubscribeUrl,
    billableUnits: input.billableUnits ?? 0,
    smsSender: input.sms?.sender ?? null,
    international: input.sms?.international ?? false,
    phonePrefix: input.sms?.phonePrefix ?? null,
    rateMultiplier: input.sms?.rateMultiplier ?? null,
    jobId: input.jobId ?? null,
    jobRowNumber: input.jobRowNumber ?? null,
    postage: input.letter?.postage ?? null,
    letterReference: input.letter?.reference ?? null,
    messageId: input.messageId ?? null,
    letterFormat: input.letterFormat ?? null,
    createdById: input.createdById,
    createdAt: input.createdAt,
    updatedAt: null,
    sentAt: null,
    claimedUntil: null,
    claimToken: null,
  };
}
