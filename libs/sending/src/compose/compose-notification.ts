import type { SendCommand } from '../send-command';
import type { SendingContext } from '../context/sending-context';
import type { ComposeResult } from './composed-notification';
import { composeEmail } from './compose-email';
import { composeLetter } from './compose-letter';
import { composeSms } from './compose-sms';

/**
 * Every sending rule, in one place, for every entry point and channel: the v2 API, the admin's
 * one-off send, each row of a bulk send and Herald's own system emails. Pure: what it needs from
 * the database comes in the context (SendingContexts loads it).
 */
export function composeNotification(command: SendCommand, context: SendingContext): ComposeResult {
  switch (command.channel) {
    case 'email':
      return composeEmail(command, context);
    case 'sms':
      return composeSms(command, context);
    case 'letter':
      return composeLetter(command, context);
  }
}
