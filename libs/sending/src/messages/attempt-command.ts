import type { LetterFormat, Message, PublishedVariant, Service } from '@herald/domain';
import type { SendCommand } from '../send-command';

/** The ordinary send command for one attempt of a message: the variant's hidden template, the message's recipient and personalisation. */
export function attemptCommand(
  message: Message,
  service: Service,
  variant: PublishedVariant,
  attempt: { notificationId: string; letterFormat: LetterFormat },
): SendCommand {
  const base = {
    source: 'message' as const,
    service,
    key: { keyType: message.keyType, apiKeyId: message.apiKeyId, createdById: null },
    templateId: variant.templateId,
    templateVersion: variant.templateVersion,
    personalisation: message.personalisation,
    reference: message.reference,
    attempt: { messageId: message.id, notificationId: attempt.notificationId, letterFormat: attempt.letterFormat },
  };
  const { recipient } = message;
  if (variant.channel === 'email') return { ...base, channel: 'email', emailAddress: recipient.emailAddress ?? '' };
  if (variant.channel === 'sms') return { ...base, channel: 'sms', phoneNumber: recipient.phoneNumber ?? '' };
  return { ...base, channel: 'letter', personalisation: { ...message.personalisation, ...(recipient.address ?? {}) } };
}
