import { DEFAULT_POSTAGE, type KeyType, newLetterReference, type Service } from '@herald/domain';
import type { SendingKey } from '../send-command';
import type { SendProblem } from '../send-problem';
import { ComposeResult, refused } from './composed-notification';
import { notificationFields } from './notification-fields';
import { letterKeyProblem } from './compose-letter';
import { channelProblem } from './template-rules';

/** Until the worker has checked the PDF, the address is not known. */
export const PRECOMPILED_ADDRESS = 'Provided as PDF';

export interface PrecompiledLetterCommand {
  readonly service: Service;
  readonly key: SendingKey;
  /** The service's hidden template that every uploaded PDF is sent "from". */
  readonly template: { readonly id: string; readonly version: number };
  readonly reference: string | null;
  readonly postage: string | null;
}

/** Whether this key may send letters at all (the service's permission, then the key type): checked before a PDF is even decoded. */
export function letterPermissionProblem(service: Service, keyType: KeyType): SendProblem | null {
  return channelProblem(service, 'letter') ?? letterKeyProblem(keyType, service.restricted);
}

/** A department's own PDF: the channel and key-type rules of any letter; the worker checks the file itself. */
export function composePrecompiledLetter(command: PrecompiledLetterCommand): ComposeResult {
  const { service, key, template } = command;
  const problem = letterPermissionProblem(service, key.keyType);
  if (problem) return refused(problem);
  return {
    ok: true,
    composed: {
      notification: {
        ...notificationFields(command, template),
        type: 'letter',
        recipient: PRECOMPILED_ADDRESS,
        normalisedRecipient: PRECOMPILED_ADDRESS.toLowerCase(),
        personalisation: { address_line_1: PRECOMPILED_ADDRESS },
        replyTo: null,
        oneClickUnsubscribeUrl: null,
        letter: { postage: command.postage ?? DEFAULT_POSTAGE, reference: newLetterReference() },
      },
      initialStatus: 'created',
      documents: [],
      limit: { international: false },
      smokeTest: false,
      content: { channel: 'letter', subject: '', body: '' },
    },
  };
}
