import type { MeMessage } from '@herald/contracts';

/** What each channel is called on the pages. */
export const CHANNEL_NAMES: Readonly<Record<MeMessage['channels'][number]['channel'], string>> = {
  email: 'Email',
  sms: 'Text message',
  letter: 'Letter',
};

const BY_CHANNEL: Readonly<Record<NonNullable<MeMessage['delivered_via']>, string>> = { email: 'by email', sms: 'by text message', letter: 'by letter' };

const KIND_WORDS: Readonly<Record<MeMessage['kind'], string>> = {
  statutory: 'An official notice the law says we must send',
  service: 'About a service you use',
  optional: 'An update you can choose not to get',
};

/** A GOV.UK tag for the message's status: its words and colour. */
export interface StatusTag {
  readonly text: string;
  readonly classes: string;
}

export function statusTagOf(message: Pick<MeMessage, 'status' | 'delivered_via'>): StatusTag {
  switch (message.status) {
    case 'delivered':
      return { text: message.delivered_via ? `Delivered ${BY_CHANNEL[message.delivered_via]}` : 'Delivered', classes: 'govuk-tag--green' };
    case 'failed':
      return { text: 'Not delivered', classes: 'govuk-tag--red' };
    case 'cancelled':
      return { text: 'Cancelled', classes: 'govuk-tag--grey' };
    default:
      return { text: 'Being sent', classes: 'govuk-tag--blue' };
  }
}

export function kindWords(kind: MeMessage['kind']): string {
  return KIND_WORDS[kind] ?? kind;
}

/** Who sent it, to follow "From": the organisation and its service ("Riverside Council, Council tax"), or the service alone. */
export function senderOf(message: Pick<MeMessage, 'organisation' | 'service'>): string {
  return message.organisation && message.organisation !== message.service ? `${message.organisation}, ${message.service}` : message.service;
}

/** The text of a message as paragraphs of lines (a blank line starts a paragraph), so the page keeps its shape. */
export function paragraphsOf(body: string): string[][] {
  return body
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').map((line) => line.trim()))
    .filter((lines) => lines.some((line) => line !== ''));
}

/** What happened to the text: kept, or deleted after the service's retention ("The text of this message was deleted after 7 days"). */
export function contentNoteOf(message: Pick<MeMessage, 'content' | 'content_note'>): string | null {
  if (message.content) return null;
  return message.content_note ? `The text of this message was ${message.content_note}.` : 'The text of this message is not kept.';
}
