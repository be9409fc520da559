import { isSmokeTestEmailAddress, validateEmailAddress } from '@herald/domain';
import { renderEmailBody, renderEmailSubject } from '@herald/templating';
import type { EmailCommand } from '../send-command';
import { invalidField, sendProblem } from '../send-problem';
import type { SendingContext } from '../context/sending-context';
import { ComposeResult, refused } from './composed-notification';
import { notificationFields } from './notification-fields';
import { channelProblem, personalisationProblem, templateProblem } from './template-rules';

export const MAX_EMAIL_BYTES = 2_000_000;

/** The email rules in Notify's order: channel, template, personalisation, content, reply-to, recipient, files, size. */
export function composeEmail(command: EmailCommand, context: SendingContext): ComposeResult {
  const { service } = command;
  const first = channelProblem(service, 'email') ?? templateProblem(context.template, 'email', command.attempt !== undefined);
  if (first) return refused(first);
  const template = context.template!;
  const missing = personalisationProblem(template, command.personalisation);
  if (missing) return refused(missing);
  const plainBody = renderEmailBody(template.content, command.personalisation);
  if (plainBody.trim() === '') return refused(sendProblem('empty-message', 'template_id', 'Your message is empty.'));
  if (!context.replyTo.known) {
    return refused(
      sendProblem('unknown-reply-to', 'email_reply_to_id', `email_reply_to_id ${command.replyToId} does not exist in database for service id ${service.id}`),
    );
  }

  const recipient = validateEmailAddress(command.emailAddress);
  if (!recipient.ok) return refused(invalidField('invalid-recipient', 'email_address', recipient.message));
  const smokeTest = isSmokeTestEmailAddress(recipient.normalised);
  if (!smokeTest && context.allowance && !context.allowance.emails.has(recipient.normalised)) {
    return refused(sendProblem('recipient-not-allowed', 'email_address', context.allowance.refusal));
  }
  // Files become download links before the size check, which counts the links.
  const { personalisation, documents } = command.linkFiles?.(recipient.normalised, smokeTest) ?? { personalisation: command.personalisation, documents: [] };
  const body = personalisation === command.personalisation ? plainBody : renderEmailBody(template.content, personalisation);
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > MAX_EMAIL_BYTES) {
    return refused(
      sendProblem(
        'too-long',
        'template_id',
        `Your message is too long. Emails cannot be longer than ${MAX_EMAIL_BYTES} bytes. Your message is ${bytes} bytes.`,
      ),
    );
  }

  return {
    ok: true,
    composed: {
      notification: {
        ...notificationFields(command, template),
        type: 'email',
        recipient: recipient.address,
        normalisedRecipient: recipient.normalised,
        personalisation,
        replyTo: context.replyTo.value,
        oneClickUnsubscribeUrl: command.oneClickUnsubscribeUrl ?? null,
      },
      initialStatus: 'created',
      documents,
      limit: { international: false },
      smokeTest,
      // The subject is rendered when a response shows it: a file's rows never need it.
      content: {
        channel: 'email',
        body,
        get subject() {
          return renderEmailSubject(template.subject ?? '', personalisation);
        },
      },
    },
  };
}
