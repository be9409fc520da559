import { KeyType, letterPostage, newLetterReference, validatePostalAddress } from '@herald/domain';
import { qrCodesTooLong, renderEmailBody, renderLetterSubject } from '@herald/templating';
import type { LetterCommand } from '../send-command';
import { SendProblem, sendProblem } from '../send-problem';
import type { SendingContext } from '../context/sending-context';
import { ComposeResult, refused } from './composed-notification';
import { notificationFields } from './notification-fields';
import { channelProblem, fileProblem, personalisationProblem, templateProblem } from './template-rules';

/** The letter rules in Notify's order: channel, template, personalisation, files, key type, address, QR codes. */
export function composeLetter(command: LetterCommand, context: SendingContext): ComposeResult {
  const { service, personalisation, key } = command;
  const first = channelProblem(service, 'letter') ?? templateProblem(context.template, 'letter', command.attempt !== undefined);
  if (first) return refused(first);
  const template = context.template!;
  const before = personalisationProblem(template, personalisation) ?? fileProblem(personalisation) ?? letterKeyProblem(key.keyType, service.restricted);
  if (before) return refused(before);
  const address = validatePostalAddress(personalisation, { allowInternational: service.permissions.includes('international_letters') });
  if (!address.ok) return refused(sendProblem('invalid-recipient', 'address', address.message, { error: 'ValidationError' }));
  const body = renderEmailBody(template.content, personalisation);
  const [tooLong] = qrCodesTooLong(body);
  if (tooLong) {
    return refused(
      sendProblem('qr-code-too-long', 'template_id', 'Cannot create a usable QR code - the link is too long', {
        error: 'ValidationError',
        extra: { ...tooLong },
      }),
    );
  }

  const lines = address.address.lines.join('\n');
  return {
    ok: true,
    composed: {
      notification: {
        ...notificationFields(command, template),
        type: 'letter',
        recipient: lines,
        normalisedRecipient: lines.toLowerCase().replace(/\s+/g, ''),
        personalisation,
        replyTo: null,
        oneClickUnsubscribeUrl: null,
        letter: { postage: letterPostage(template.postage, address.address.postage), reference: newLetterReference() },
      },
      // A test key's letter is never printed: it is `sending` until the simulated receipt.
      initialStatus: key.keyType === 'test' ? 'sending' : 'created',
      documents: [],
      limit: { international: false },
      smokeTest: false,
      content: {
        channel: 'letter',
        body,
        get subject() {
          return renderLetterSubject(template.subject ?? '', personalisation);
        },
      },
    },
  };
}

/** Letters and key types: team keys never, live keys only once the service is live. */
export function letterKeyProblem(keyType: KeyType, restricted: boolean): SendProblem | null {
  if (keyType === 'team') return sendProblem('letters-not-allowed', 'template_id', 'Cannot send letters with a team api key', { status: 403 });
  if (restricted && keyType !== 'test')
    return sendProblem('letters-not-allowed', 'template_id', 'Cannot send letters when service is in trial mode', { status: 403 });
  return null;
}
