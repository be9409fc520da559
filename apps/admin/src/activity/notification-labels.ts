import { channelWords, statusWords, StatusWords } from '@herald/contracts';

/** How the admin names channels and statuses (the words in libs/contracts, which the download uses too), and the tag colour of each status. */

export interface StatusTag {
  readonly text: string;
  /** govuk-tag modifier classes. */
  readonly classes: string;
}

const TONE_CLASSES: Readonly<Record<StatusWords['tone'], string>> = {
  sending: 'govuk-tag--light-blue',
  done: 'govuk-tag--green',
  failed: 'govuk-tag--red',
  returned: 'govuk-tag--orange',
  stopped: 'govuk-tag--grey',
};

export const channelLabel = (channel: string): string => channelWords(channel);

/**
 * The tag for a notification's status: "Delivered", "Failed: email address does not exist"; a
 * letter that is `delivered` has been posted, and one not yet printed names the next print run.
 */
export function statusTag(channel: string, status: string, nextPrintRun: string | null = null, now: Date = new Date()): StatusTag {
  const words = statusWords(channel, status, nextPrintRun, now);
  return { text: words.text, classes: TONE_CLASSES[words.tone] };
}

/** A letter's address on one line; email addresses and phone numbers as they are. */
export const recipientLine = (channel: string, recipient: string): string =>
  channel === 'letter'
    ? recipient
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join(', ')
    : recipient;
