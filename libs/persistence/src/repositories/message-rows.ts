import type { Message, MessageChannel, RouteStep } from '@herald/domain';
import type { FieldCipher } from '../database/field-cipher';
import type { MessageEntity } from '../entities/message.entity';

export type NewMessage = Omit<Message, 'revision' | 'updatedAt' | 'deliveredVia'>;

/** A new message's row: recipient, personalisation, identifier and look-up encrypted; lists and plans as JSON. */
export function messageRow(message: NewMessage, cipher: FieldCipher): MessageEntity {
  return {
    id: message.id,
    serviceId: message.serviceId,
    templateSetId: message.templateSetId,
    templateSetVersion: message.templateSetVersion,
    apiKeyId: message.apiKeyId,
    keyType: message.keyType,
    recipient: cipher.encryptJson(message.recipient),
    recipientKeys: JSON.stringify(message.recipientKeys),
    personalisation: cipher.encryptJson(message.personalisation),
    method: message.method,
    channels: JSON.stringify(message.channels),
    fallbackAfter: JSON.stringify(message.fallbackAfter),
    clientReference: message.reference,
    scheduledFor: message.scheduledFor,
    language: message.language,
    delegateMayRead: message.delegateMayRead,
    status: message.status,
    deliveredVia: null,
    routePlan: JSON.stringify(message.routePlan),
    letterFormat: message.letterFormat,
    nextCheckAt: message.nextCheckAt,
    identifier: message.identifier ? cipher.encryptJson(message.identifier) : null,
    purpose: message.purpose,
    registerName: message.register,
    lookedUp: message.lookedUp ? cipher.encryptJson(message.lookedUp) : null,
    lookupTries: message.lookupTries,
    statusReason: message.statusReason,
    contentPurgedAt: message.contentPurgedAt,
    revision: 0,
    createdAt: message.createdAt,
    updatedAt: null,
  };
}

export function toMessage(row: MessageEntity, cipher: FieldCipher): Message {
  return {
    id: row.id,
    serviceId: row.serviceId,
    templateSetId: row.templateSetId,
    templateSetVersion: row.templateSetVersion,
    apiKeyId: row.apiKeyId,
    keyType: row.keyType,
    recipient: cipher.decryptJson(row.recipient),
    identifier: row.identifier ? cipher.decryptJson(row.identifier) : null,
    purpose: row.purpose,
    register: row.registerName,
    lookedUp: row.lookedUp ? cipher.decryptJson(row.lookedUp) : null,
    lookupTries: row.lookupTries,
    statusReason: row.statusReason,
    contentPurgedAt: row.contentPurgedAt,
    recipientKeys: JSON.parse(row.recipientKeys) as string[],
    personalisation: cipher.decryptJson(row.personalisation),
    method: row.method,
    channels: JSON.parse(row.channels) as MessageChannel[],
    fallbackAfter: JSON.parse(row.fallbackAfter) as Message['fallbackAfter'],
    reference: row.clientReference,
    scheduledFor: row.scheduledFor,
    language: row.language,
    delegateMayRead: row.delegateMayRead,
    status: row.status,
    deliveredVia: row.deliveredVia,
    routePlan: JSON.parse(row.routePlan) as RouteStep[],
    letterFormat: row.letterFormat,
    nextCheckAt: row.nextCheckAt,
    revision: row.revision,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
