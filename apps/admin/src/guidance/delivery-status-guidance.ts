import { channelWords, JobStatusName } from '@herald/contracts';
import { statusTag, StatusTag } from '../activity/notification-labels';
import { jobStatusText } from '../jobs/job-view';

/** One status as the admin shows it, what it means and what to do. */
export interface StatusGuidance {
  /** The admin's own tag for it (from the same mapping the pages use). */
  readonly tag: StatusTag;
  readonly meaning: string;
  readonly action: string;
}

export interface ChannelStatusGuidance {
  readonly channel: string;
  readonly heading: string;
  readonly id: string;
  readonly statuses: readonly StatusGuidance[];
}

interface Entry {
  readonly status: string;
  readonly meaning: string;
  readonly action: string;
}

const SENDING_TIMEOUT = 'If there is still no answer after 72 hours, the status changes to';

const EMAIL: readonly Entry[] = [
  {
    status: 'sending',
    meaning: 'Herald has accepted the email and is handing it to the email provider, or is waiting for the provider to say what happened.',
    action: `Wait: most emails are delivered within a few minutes. ${SENDING_TIMEOUT} ‘Failed: inbox not accepting messages right now’.`,
  },
  {
    status: 'delivered',
    meaning: 'The person’s email provider accepted the email.',
    action: 'Nothing. The email may still go to a spam or junk folder, which Herald cannot see.',
  },
  {
    status: 'permanent-failure',
    meaning: 'The email provider said the address does not exist.',
    action: 'Check the address with the person, or contact them another way. Do not send to this address again.',
  },
  {
    status: 'temporary-failure',
    meaning: 'The inbox is full or turned messages away for now, or there was no answer for 72 hours.',
    action: 'Try again later, or contact the person another way.',
  },
  ...failedAndStopped('email'),
];

const TEXT_MESSAGE: readonly Entry[] = [
  {
    status: 'sending',
    meaning: 'Herald has accepted the text message and is handing it to the phone network, or is waiting for the network to say what happened.',
    action: `Wait: most text messages are delivered within a few minutes. ${SENDING_TIMEOUT} ‘Failed: phone not accepting messages right now’.`,
  },
  {
    status: 'sent',
    meaning: 'The text message went to a phone network abroad. Networks abroad do not always say whether it was delivered.',
    action: 'Nothing. If the person says they did not get it, check the number with them.',
  },
  {
    status: 'delivered',
    meaning: 'The phone network delivered the text message to the phone.',
    action: 'Nothing.',
  },
  {
    status: 'permanent-failure',
    meaning: 'The phone network said the number does not exist or cannot receive text messages.',
    action: 'Check the number with the person, or contact them another way. Do not send to this number again.',
  },
  {
    status: 'temporary-failure',
    meaning: 'The phone was switched off, out of signal or turned messages away, or there was no answer for 72 hours.',
    action: 'Try again later, or contact the person another way.',
  },
  ...failedAndStopped('text message'),
];

const LETTER: readonly Entry[] = [
  {
    status: 'created',
    meaning: 'The letter is waiting for the next print run. Herald sends letters to the print provider once a day, at the time shown.',
    action: 'Nothing. Letters sent after the print run starts wait for the next one.',
  },
  {
    status: 'pending-virus-check',
    meaning: 'A letter you sent as a PDF file is being checked for viruses before it goes to print.',
    action: 'Wait: this takes a few minutes.',
  },
  {
    status: 'pending-alternative-format',
    meaning: 'The person asked for letters in braille, audio or easy read. An operator is making that version.',
    action: 'Nothing: the letter goes to print once the other format is ready.',
  },
  {
    status: 'sending',
    meaning: 'The letter went to the print provider in a print run. It is printed and posted within the next few working days.',
    action: 'Nothing.',
  },
  {
    status: 'delivered',
    meaning: 'The print provider printed the letter and gave it to the postal service.',
    action:
      'Nothing. After printing, a first class letter arrives the next working day, second class within 5 working days and economy within 7; letters abroad take up to 6 working days in Europe and 8 elsewhere.',
  },
  {
    status: 'returned-letter',
    meaning: 'The postal service brought the letter back: the address was wrong, or nobody there would accept it.',
    action: 'Check the address with the person before sending again.',
  },
  {
    status: 'validation-failed',
    meaning: 'A letter you sent as a PDF file did not fit the letter layout (for example, content in the address area or outside the printable area).',
    action: 'Fix the PDF file and send it again.',
  },
  {
    status: 'virus-scan-failed',
    meaning: 'A virus was found in the PDF file you sent. The letter was not printed.',
    action: 'Make a new PDF file from a clean copy and send it again. Tell whoever looks after your computers.',
  },
  {
    status: 'permanent-failure',
    meaning: 'The print provider could not print the letter.',
    action: 'Check the letter’s content and address, then send it again. If it fails again, tell your operators.',
  },
  {
    status: 'temporary-failure',
    meaning: 'The print provider could not print the letter in this print run.',
    action: 'Wait for the next print run. If it still fails, tell your operators.',
  },
  ...failedAndStopped('letter'),
];

function failedAndStopped(thing: string): Entry[] {
  return [
    {
      status: 'technical-failure',
      meaning: `Herald could not hand the ${thing} to its provider, even after trying again for several hours.`,
      action: `Send the ${thing} again. If it keeps happening, tell your operators.`,
    },
    {
      status: 'failed',
      meaning: `The ${thing} was not delivered, and the provider did not say why.`,
      action: `Check the recipient’s details, or contact them another way.`,
    },
    {
      status: 'cancelled',
      meaning: `The ${thing} was stopped before it was sent: someone cancelled it or its bulk send, or the person asked not to get this kind of message.`,
      action: 'Nothing: it will not be sent.',
    },
  ];
}

/**
 * Every status a service's pages can show, per channel, in the admin's words. A letter waiting to
 * print is shown as its page shows it, with the time of the next print run (`printRun`, ISO).
 */
export function deliveryStatusGuidance(printRun: string, now: Date = new Date(printRun)): ChannelStatusGuidance[] {
  const channel = (key: string, id: string, entries: readonly Entry[]): ChannelStatusGuidance => ({
    channel: key,
    heading: `${channelWords(key)}s`,
    id,
    // Only a letter's `created` entry names the print run: the pages that show the other states never do.
    statuses: entries.map((e) => ({ tag: statusTag(key, e.status, e.status === 'created' ? printRun : null, now), meaning: e.meaning, action: e.action })),
  });
  return [channel('email', 'emails', EMAIL), channel('sms', 'text-messages', TEXT_MESSAGE), channel('letter', 'letters', LETTER)];
}

const JOBS: Readonly<Record<JobStatusName, Omit<Entry, 'status'>>> = {
  pending: { meaning: 'The file has been checked and the bulk send is about to start.', action: 'Wait: it starts shortly.' },
  scheduled: { meaning: 'The bulk send starts at the time shown.', action: 'Nothing. You can cancel it from its page until it starts.' },
  'in-progress': {
    meaning: 'Herald is making a message for each row and sending them. Each message then has its own status.',
    action: 'Wait. You can cancel the rows not yet made from the bulk send’s page.',
  },
  finished: { meaning: 'A message was made for every row.', action: 'See each recipient’s status on the bulk send’s page, or download the report.' },
  cancelled: {
    meaning: 'Someone cancelled the bulk send. Rows not yet made were not sent; the page says how many.',
    action: 'Upload the rows again to send them.',
  },
  failed: {
    meaning: 'Herald gave up on the bulk send; its page says why. Messages made before it failed are still sent.',
    action: 'Upload again the rows that are not in its recipients list.',
  },
};

/** The bulk send's states in the admin's words ("Scheduled for …" with `scheduledFor`, an example time). */
export function bulkSendStatusGuidance(scheduledFor: string): Array<{ readonly words: string; readonly meaning: string; readonly action: string }> {
  return (Object.entries(JOBS) as Array<[JobStatusName, Omit<Entry, 'status'>]>).map(([status, entry]) => ({
    words: jobStatusText({ status, scheduledFor: status === 'scheduled' ? scheduledFor : null }),
    ...entry,
  }));
}

/**
 * What the delivery statuses page shows: with an example print run at PRINT_BATCH_TIME on a winter
 * day (London on UTC), so a waiting letter reads "Printing today at 5:30pm".
 */
export function statusGuidancePage(print: { readonly batchHour: number; readonly batchMinute: number }) {
  const printRun = new Date(Date.UTC(2026, 0, 15, print.batchHour, print.batchMinute)).toISOString();
  return { channels: deliveryStatusGuidance(printRun), bulkSends: bulkSendStatusGuidance(printRun) };
}
