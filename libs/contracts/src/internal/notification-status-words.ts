import { UK_TIME_ZONE } from '@herald/domain';

/**
 * A notification's status in words for people, not the API's `permanent-failure`: the one mapping
 * the admin's pages and the activity download both use.
 */
export interface StatusWords {
  readonly text: string;
  /** How the admin colours it. */
  readonly tone: 'sending' | 'done' | 'failed' | 'returned' | 'stopped';
}

const FAILURES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'permanent-failure': {
    email: 'Failed: email address does not exist',
    sms: 'Failed: phone number does not exist',
    letter: 'Failed: the print provider could not print it',
  },
  'temporary-failure': {
    email: 'Failed: inbox not accepting messages right now',
    sms: 'Failed: phone not accepting messages right now',
    letter: 'Failed: the print provider could not print it yet',
  },
};

const WORDS: Readonly<Record<string, StatusWords>> = {
  created: { text: 'Sending', tone: 'sending' },
  sending: { text: 'Sending', tone: 'sending' },
  pending: { text: 'Sending', tone: 'sending' },
  'pending-virus-check': { text: 'Checking for viruses', tone: 'sending' },
  'pending-alternative-format': { text: 'Waiting for another format (braille, audio or easy read)', tone: 'sending' },
  sent: { text: 'Sent', tone: 'done' },
  delivered: { text: 'Delivered', tone: 'done' },
  failed: { text: 'Failed', tone: 'failed' },
  'technical-failure': { text: 'Failed: technical failure', tone: 'failed' },
  'validation-failed': { text: 'Failed: the letter did not pass our checks', tone: 'failed' },
  'virus-scan-failed': { text: 'Failed: a virus was found in the file', tone: 'failed' },
  'returned-letter': { text: 'Returned to sender', tone: 'returned' },
  cancelled: { text: 'Cancelled', tone: 'stopped' },
};

const CHANNELS: Readonly<Record<string, string>> = { email: 'Email', sms: 'Text message', letter: 'Letter' };

/** A channel's name for people. */
export const channelWords = (channel: string): string => CHANNELS[channel] ?? channel;

/** Letters not yet with the print provider wait for the next print run. */
const LETTER_WAITING_FOR_PRINT: ReadonlySet<string> = new Set(['created', 'pending-virus-check']);

/**
 * The words for a status on a channel. A letter waiting to be printed names the next print run
 * (`nextPrintRun`, an ISO time) relative to `now`: "Printing today at 5:30pm".
 */
export function statusWords(channel: string, status: string, nextPrintRun: string | null = null, now: Date = new Date()): StatusWords {
  const failure = FAILURES[status]?.[channel];
  if (failure) return { text: failure, tone: 'failed' };
  if (channel === 'letter') {
    if (status === 'delivered') return { text: 'Posted', tone: 'done' };
    if (status === 'sending') return { text: 'Sent to the print provider', tone: 'sending' };
    if (LETTER_WAITING_FOR_PRINT.has(status) && nextPrintRun) return { text: printRunWords(new Date(nextPrintRun), now), tone: 'sending' };
  }
  return WORDS[status] ?? { text: status, tone: 'stopped' };
}

const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: UK_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const HOUR_MINUTE = new Intl.DateTimeFormat('en-GB', { timeZone: UK_TIME_ZONE, hour: 'numeric', minute: '2-digit', hourCycle: 'h23' });
const LONG_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: UK_TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long' });

/** "Printing today at 5:30pm", "Printing tomorrow at 5:30pm", or the day's name further ahead (UK time). */
export function printRunWords(run: Date, now: Date): string {
  const [hour, minute] = HOUR_MINUTE.format(run).split(':').map(Number);
  const time = `${hour % 12 === 0 ? 12 : hour % 12}${minute ? `:${String(minute).padStart(2, '0')}` : ''}${hour < 12 ? 'am' : 'pm'}`;
  const runDay = DAY.format(run);
  if (runDay === DAY.format(now)) return `Printing today at ${time}`;
  if (runDay === DAY.format(new Date(now.getTime() + 86_400_000))) return `Printing tomorrow at ${time}`;
  return `Printing on ${LONG_DAY.format(run)} at ${time}`;
}

/** UK time as a spreadsheet sorts it: `2026-12-05 14:05`. */
export function ukSpreadsheetTime(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: UK_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
