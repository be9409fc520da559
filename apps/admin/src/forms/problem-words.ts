import type { ProblemCode } from '@herald/contracts';

/**
 * What the admin knows of one refusal: the rule that refused (the API's `code`), the API's own
 * message (which carries the details: a phone number's fault, a limit's size), the field or column
 * it is about, and, on a form, the value entered.
 */
export interface ProblemFacts {
  readonly code: ProblemCode;
  readonly message: string;
  /** The field or column in words: `email address`, `reference`, `address line 1`. */
  readonly label: string;
  /** What was typed, when the admin has it (a form, not a file). */
  readonly value?: string;
  /** A file's row reads "in this row"; a form's values "with these values". */
  readonly where?: 'form' | 'file';
}

type Words = (facts: ProblemFacts) => string;

/**
 * The words a person sees for each rule, in the GOV.UK Design System's style: say what to do, no
 * field codes, no API terms. This is the one place the admin words the sending and file rules; the
 * API and the CLI keep Notify's wording.
 */
const WORDS: Record<ProblemCode, Words> = {
  'channel-not-permitted': ({ message }) => `Your service cannot send ${channelOf(message)} – ask an operator to turn them on`,
  'template-not-found': () => 'This template no longer exists – choose another template',
  'template-wrong-type': () => 'This template cannot be sent this way – choose another template',
  'template-archived': () => 'This template has been deleted – choose another template',
  'missing-personalisation': ({ message }) =>
    `Enter ${listed(
      message
        .replace(/^Missing personalisation:\s*/, '')
        .split(/,\s*/)
        .map(withArticle),
    )}`,
  'file-not-allowed': () => 'You can only send a file by email – choose an email template',
  'empty-message': ({ where }) => `The message would be empty ${here(where)} – enter values for its placeholders`,
  'too-long': tooLong,
  'unknown-reply-to': () => 'Choose a reply-to email address your service has set up',
  'unknown-sms-sender': () => 'Choose a text message sender your service has set up',
  'invalid-recipient': invalidRecipient,
  'recipient-not-allowed': ({ label }) =>
    `Enter ${isPhone(label) ? 'the mobile number' : 'the email address'} of someone in your team or on your guest list – in trial mode you can only send to them`,
  'number-not-allowed': ({ message }) =>
    /international/i.test(message)
      ? 'Enter a UK mobile number – your service cannot send text messages abroad'
      : 'Enter a mobile number – your service cannot send text messages to landlines',
  'letters-not-allowed': () => 'You cannot send letters while your service is in trial mode – ask to go live first',
  'qr-code-too-long': () => 'Use a shorter link for the QR code – this one is too long to make a code people can scan',
  'daily-limit': dailyLimit,
  'missing-column': ({ label }) => `Add a column called ‘${label}’ to the file`,
  'empty-cell': ({ label, where }) => `Enter ${/^address line \d$/i.test(label) ? label : withArticle(label)}${where === 'file' ? ' in this row' : ''}`,
};

/** The admin's words for a refusal the API reported with its rule's code. */
export function problemWords(facts: ProblemFacts): string {
  return WORDS[facts.code](facts);
}

/**
 * The admin's words for any problem the API reported: by its code when it has one, else the few
 * shared domain messages that keep Notify's API wording for the CLI and API, else the message as
 * it is (the administration layer's form messages are already written for people).
 */
export function wordsOf(
  problem: { readonly code?: ProblemCode; readonly message: string; readonly field?: string },
  facts: Partial<ProblemFacts> = {},
): string {
  const label = facts.label ?? (problem.field ?? '').replace(/_/g, ' ');
  if (problem.code && problem.code in WORDS) return problemWords({ ...facts, code: problem.code, message: problem.message, label });
  const guestNumber = /^Mobile number (\d+): /.exec(problem.message);
  if (guestNumber) return `Enter mobile number ${guestNumber[1]} in the correct format, like 07700 900 982`;
  const privateAddress = /^(.+) is an? ([a-z-]+) address; callbacks go only to public addresses$/.exec(problem.message);
  if (privateAddress) return `Enter a URL on the public internet – ${privateAddress[1]} is ${withArticle(privateAddress[2].replace(/-/g, ' '))} address`;
  return SHARED_MESSAGE_WORDS[problem.message] ?? PHONE_WORDS[problem.message] ?? problem.message;
}

// Domain messages in Notify's API wording that forms also show (a profile's mobile number, a person's preferences).
const SHARED_MESSAGE_WORDS: Readonly<Record<string, string>> = {
  'Not a valid email address': 'Enter an email address in the correct format, like name@example.com',
  'Give the person’s email address or phone number': 'Enter the person’s email address or phone number',
  'Give an email address or a phone number, not both': 'Enter an email address or a phone number, not both',
  'A callback URL cannot hold a user name or password': 'Enter a URL without a user name or password',
};

/** Every code the admin has words for (a test checks this is every code the API can send). */
export const WORDED_CODES: readonly ProblemCode[] = Object.keys(WORDS) as ProblemCode[];

// A phone number's fault, in Notify's API wording, and what to do about it.
const PHONE_WORDS: Readonly<Record<string, string>> = {
  'Must not contain letters or symbols': 'Enter a mobile number using only numbers, spaces, brackets, hyphens and +',
  'Not enough digits': 'Mobile number is too short – enter a mobile number, like 07700 900 982',
  'Too many digits': 'Mobile number is too long – enter a mobile number, like 07700 900 982',
  'Not a valid country prefix': 'Enter a mobile number with a real country code, like +44 7700 900 982',
  'Number is not valid – double check the phone number you entered': 'Enter a mobile number in the correct format, like 07700 900 982',
  'Phone number cannot be an emergency number': 'Enter a mobile number, not an emergency number',
};

// A postal address's fault, in Notify's API wording, and what to do about it.
const ADDRESS_WORDS: Readonly<Record<string, string>> = {
  'Address must be at least 3 lines': 'Enter at least 3 lines of the address',
  'Address must be no more than 7 lines': 'Address must be 7 lines or fewer',
  'The first 2 lines of the address must both include at least one alphanumeric character':
    'The first 2 lines of the address must each include a letter or a number',
  'The last line of a BFPO address must not be a country.': 'The last line of a BFPO address must not be a country',
  'Must be a real UK postcode': 'The last line of the address must be a real UK postcode, like SW1A 1AA',
  'Last line of address must be a real UK postcode or another country': 'The last line of the address must be a real UK postcode or a country',
  'Must be a real address': 'Enter a real address',
};

function invalidRecipient({ message, label, value }: ProblemFacts): string {
  const blank = value !== undefined && value.trim() === '';
  if (isPhone(label)) return blank ? 'Enter a mobile number' : (PHONE_WORDS[message] ?? 'Enter a mobile number in the correct format, like 07700 900 982');
  if (/address line|postcode|^address$/i.test(label) && !/email/i.test(label)) {
    return ADDRESS_WORDS[message] ?? message.replace(/\.$/, '');
  }
  return blank ? 'Enter an email address' : 'Enter an email address in the correct format, like name@example.com';
}

function tooLong({ message, where }: ProblemFacts): string {
  const [limit, actual] = (message.match(/[\d,]+/g) ?? []).map((n) => Number(n.replace(/,/g, '')));
  const unit = /bytes/.test(message) ? 'bytes' : 'characters';
  const what = /^Your message is too long\. Emails/.test(message) ? 'Email' : 'Text message';
  if (limit === undefined || actual === undefined) return `The message is too long ${here(where)} – use shorter values`;
  return `${what} must be ${count(limit)} ${unit} or fewer – it is ${count(actual)} ${here(where)}`;
}

function dailyLimit({ message }: ProblemFacts): string {
  const limit = /\((email|sms|letter|international_sms): (\d+)\)/.exec(message);
  const kind = limit ? LIMIT_NAMES[limit[1]] : 'messages';
  const size = limit ? `${count(Number(limit[2]))} ${kind}` : 'messages';
  const sending = /^Sending ([\d,]+) messages/.exec(message);
  if (sending) return `Sending ${sending[1]} messages would pass your daily limit of ${size} – send fewer rows today, or ask an operator to raise the limit`;
  return `Your service has reached its daily limit of ${size} – try again tomorrow`;
}

const LIMIT_NAMES: Readonly<Record<string, string>> = {
  email: 'emails',
  sms: 'text messages',
  letter: 'letters',
  international_sms: 'text messages abroad',
};

const isPhone = (label: string): boolean => /phone|mobile/i.test(label);
const here = (where: ProblemFacts['where']): string => (where === 'file' ? 'in this row' : 'with these values');
const count = (n: number): string => n.toLocaleString('en-GB');

function channelOf(message: string): string {
  if (/letters/.test(message)) return 'letters';
  if (/text messages|sms/i.test(message)) return 'text messages';
  return 'emails';
}

/** `a reference`, `an email address`, `an NHS number`: "Enter …" needs the article. */
export function withArticle(label: string): string {
  const words = label.replace(/_/g, ' ').trim();
  const first = words.split(/\s+/)[0] ?? '';
  const acronym = first.length > 1 && first === first.toUpperCase() && /[A-Z]/.test(first);
  const vowelSound = acronym ? /^[AEFHILMNORSX]/.test(first) : /^[aeiou]/i.test(first) && !/^(uni|use|usu)/i.test(first);
  return `${vowelSound ? 'an' : 'a'} ${words}`;
}

function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
