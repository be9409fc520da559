import { isSmokeTestPhoneNumber, refusalForService, validatePhoneNumber } from '@herald/domain';
import { renderSms, SMS_CHARACTER_LIMIT, variantLanguage } from '@herald/templating';
import type { SmsCommand } from '../send-command';
import { invalidField, sendProblem } from '../send-problem';
import type { SendingContext } from '../context/sending-context';
import { ComposeResult, refused } from './composed-notification';
import { notificationFields } from './notification-fields';
import { channelProblem, fileProblem, personalisationProblem, templateProblem } from './template-rules';

const UK_COUNTRY_CODE = 44;

/** The text-message rules in Notify's order: channel, template, content, length, sender, recipient, what the service may text. */
export function composeSms(command: SmsCommand, context: SendingContext): ComposeResult {
  const { service, personalisation } = command;
  const first = channelProblem(service, 'sms') ?? templateProblem(context.template, 'sms', command.attempt !== undefined);
  if (first) return refused(first);
  const template = context.template!;
  const missing = personalisationProblem(template, personalisation);
  if (missing) return refused(missing);
  const sms = renderSms(template.content, personalisation, { prefix: service.prefixSms ? service.name : null, language: variantLanguage(template.language) });
  if (sms.body === '') return refused(sendProblem('empty-message', 'template_id', 'Your message is empty.'));
  const content = fileProblem(personalisation) ?? tooLong(sms.characterCount);
  if (content) return refused(content);
  if (!context.smsSender.known) {
    return refused(
      sendProblem('unknown-sms-sender', 'sms_sender_id', `sms_sender_id ${command.smsSenderId} does not exist in database for service id ${service.id}`),
    );
  }

  const phone = command.validatedPhone ?? validatePhoneNumber(command.phoneNumber);
  if (!phone.ok) return refused(invalidField('invalid-recipient', 'phone_number', phone.message));
  const smokeTest = isSmokeTestPhoneNumber(phone.normalised);
  if (!smokeTest && context.allowance && !context.allowance.mobiles.has(phone.normalised)) {
    return refused(sendProblem('recipient-not-allowed', 'phone_number', context.allowance.refusal));
  }
  const refusal = refusalForService(phone, {
    international: service.permissions.includes('international_sms'),
    ukLandline: service.permissions.includes('sms_to_uk_landlines'),
  });
  if (refusal) return refused(sendProblem('number-not-allowed', 'phone_number', refusal.message, { error: refusal.error }));

  const sender = context.smsSender.value;
  return {
    ok: true,
    composed: {
      notification: {
        ...notificationFields(command, template),
        type: 'sms',
        recipient: command.phoneNumber.trim(),
        normalisedRecipient: phone.normalised,
        personalisation,
        replyTo: null,
        oneClickUnsubscribeUrl: null,
        billableUnits: sms.fragmentCount,
        sms: { sender, international: phone.international, phonePrefix: phone.internationalPrefix, rateMultiplier: phone.rateMultiplier },
      },
      initialStatus: 'created',
      documents: [],
      // Only numbers outside +44 count towards the international limit (Crown dependencies do not).
      limit: { international: phone.countryCode !== UK_COUNTRY_CODE },
      smokeTest,
      content: { channel: 'sms', body: sms.body, sender },
    },
  };
}

/** Counted without the service-name prefix. */
function tooLong(characters: number) {
  if (characters <= SMS_CHARACTER_LIMIT) return null;
  return sendProblem(
    'too-long',
    'template_id',
    `Your message is too long. Text messages cannot be longer than ${SMS_CHARACTER_LIMIT} characters. Your message is ${characters} characters long.`,
  );
}
