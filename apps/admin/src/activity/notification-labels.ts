/** How the admin names channels and statuses (Notify's wording), and the tag colour of each status. */

export interface StatusTag {
  readonly text: string;
  /** govuk-tag modifier classes. */
  readonly classes: string;
}

const CHANNEL_LABELS: Readonly<Record<string, string>> = { email: 'Email', sms: 'Text message', letter: 'Letter' };

export const channelLabel = (channel: string): string => CHANNEL_LABELS[channel] ?? channel;

const SENDING: StatusTag = { text: 'Sending', classes: 'govuk-tag--light-blue' };
const FAILED = 'govuk-tag--red';

const BY_CHANNEL: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'permanent-failure': { email: 'Email address does not exist', sms: 'Phone number does not exist', letter: 'Permanent failure' },
  'temporary-failure': { email: 'Inbox not accepting messages right now', sms: 'Phone not accepting messages right now', letter: 'Temporary failure' },
};

const TAGS: Readonly<Record<string, StatusTag>> = {
  created: SENDING,
  sending: SENDING,
  pending: SENDING,
  'pending-virus-check': { text: 'Checking for viruses', classes: 'govuk-tag--light-blue' },
  sent: { text: 'Sent', classes: 'govuk-tag--green' },
  delivered: { text: 'Delivered', classes: 'govuk-tag--green' },
  failed: { text: 'Failed', classes: FAILED },
  'technical-failure': { text: 'Technical failure', classes: FAILED },
  'validation-failed': { text: 'Validation failed', classes: FAILED },
  'virus-scan-failed': { text: 'Virus detected', classes: FAILED },
  'returned-letter': { text: 'Returned letter', classes: 'govuk-tag--orange' },
  cancelled: { text: 'Cancelled', classes: 'govuk-tag--grey' },
};

/** The tag for a notification's status; a letter that is `delivered` has been posted. */
export function statusTag(channel: string, status: string): StatusTag {
  const special = BY_CHANNEL[status]?.[channel];
  if (special) return { text: special, classes: FAILED };
  if (channel === 'letter' && status === 'delivered') return { text: 'Posted', classes: 'govuk-tag--green' };
  if (channel === 'letter' && status === 'sending') return { text: 'Sent to print', classes: 'govuk-tag--light-blue' };
  return TAGS[status] ?? { text: status, classes: 'govuk-tag--grey' };
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
