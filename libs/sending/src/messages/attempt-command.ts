import type { LetterFormat, Message, PublishedVariant, Service } from '@herald/domain';
import type { SendCommand } from '../send-command';

/**
 * The ordinary send command for one attempt of a message: the variant's hidden template, the
 * message's recipient and personalisation. R-TR-7: an email or text of a sensitive set sends its
 * alert template instead, with no personalisation at all, so no value of it can reach the
 * notification; the person reads the content after signing in. Letters carry the whole message
 * (paper reaches the person only).
 */
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
  if (variant.channel === 'letter') return { ...base, channel: 'letter', personalisation: { ...message.personalisation, ...(recipient.address ?? {}) } };
  const content = alertOf(variant) ?? {};
  if (variant.channel === 'email') return { ...base, ...content, channel: 'email', emailAddress: recipient.emailAddress ?? '' };
  return { ...base, ...content, channel: 'sms', phoneNumber: recipient.phoneNumber ?? '' };
}

/** The alert a sensitive set's email or text variant pinned at publish, with nothing to fill it. */
function alertOf(variant: PublishedVariant): Pick<SendCommand, 'templateId' | 'templateVersion' | 'personalisation'> | null {
  if (!variant.alertTemplateId || variant.alertTemplateVersion === undefined) return null;
  return { templateId: variant.alertTemplateId, templateVersion: variant.alertTemplateVersion, personalisation: {} };
}
