import { PROBLEM_CODES, ProblemCode } from '@herald/contracts';
import { ProblemFacts, problemWords, withArticle, WORDED_CODES, wordsOf } from './problem-words';

type Case = readonly [string, Omit<ProblemFacts, 'code'>, string];

/** Each rule the API can report, what the API says (Notify's wording, kept for the API and CLI), and the admin's words. */
const WORDS_BY_CODE: Record<ProblemCode, readonly Case[]> = {
  'channel-not-permitted': [
    [
      'texts',
      { message: 'Service is not allowed to send text messages', label: 'phone number' },
      'Your service cannot send text messages – ask an operator to turn them on',
    ],
  ],
  'template-not-found': [['any', { message: 'Template not found', label: 'file' }, 'This template no longer exists – choose another template']],
  'template-wrong-type': [
    [
      'any',
      { message: 'sms template is not suitable for email notification', label: 'file' },
      'This template cannot be sent this way – choose another template',
    ],
  ],
  'template-archived': [['any', { message: 'Template has been deleted', label: 'file' }, 'This template has been deleted – choose another template']],
  'missing-personalisation': [
    ['two placeholders', { message: 'Missing personalisation: name, appointment date', label: 'file' }, 'Enter a name and an appointment date'],
  ],
  'file-not-allowed': [['any', { message: 'Can only send a file by email', label: 'file' }, 'You can only send a file by email – choose an email template']],
  'empty-message': [
    [
      'on a form',
      { message: 'Your message is empty.', label: 'file', where: 'form' },
      'The message would be empty with these values – enter values for its placeholders',
    ],
  ],
  'too-long': [
    [
      'a text on a form',
      {
        message: 'Your message is too long. Text messages cannot be longer than 918 characters. Your message is 1000 characters long.',
        label: 'message',
        where: 'form',
      },
      'Text message must be 918 characters or fewer – it is 1,000 with these values',
    ],
    [
      'an email in a file',
      { message: 'Your message is too long. Emails cannot be longer than 2000000 bytes. Your message is 2000100 bytes.', label: 'message', where: 'file' },
      'Email must be 2,000,000 bytes or fewer – it is 2,000,100 in this row',
    ],
  ],
  'unknown-reply-to': [
    [
      'any',
      { message: 'email_reply_to_id x does not exist in database for service id y', label: 'file' },
      'Choose a reply-to email address your service has set up',
    ],
  ],
  'unknown-sms-sender': [
    ['any', { message: 'sms_sender_id x does not exist in database for service id y', label: 'file' }, 'Choose a text message sender your service has set up'],
  ],
  'invalid-recipient': [
    ['a blank email address', { message: 'Not a valid email address', label: 'email address', value: '' }, 'Enter an email address'],
    [
      'a bad email address',
      { message: 'Not a valid email address', label: 'email address', value: 'nope' },
      'Enter an email address in the correct format, like name@example.com',
    ],
    [
      'a short phone number',
      { message: 'Not enough digits', label: 'phone number', value: '0770' },
      'Mobile number is too short – enter a mobile number, like 07700 900 982',
    ],
    [
      'a phone number with letters',
      { message: 'Must not contain letters or symbols', label: 'phone number' },
      'Enter a mobile number using only numbers, spaces, brackets, hyphens and +',
    ],
    ['a blank phone number', { message: 'Not enough digits', label: 'phone number', value: ' ' }, 'Enter a mobile number'],
    [
      'an address without a postcode',
      { message: 'Must be a real UK postcode', label: 'address' },
      'The last line of the address must be a real UK postcode, like SW1A 1AA',
    ],
    ['a short address on the form', { message: 'Address must be at least 3 lines', label: 'address line 1' }, 'Enter at least 3 lines of the address'],
  ],
  'recipient-not-allowed': [
    [
      'an email address in trial mode',
      {
        message: 'Can’t send to this recipient when service is in trial mode – see https://www.notifications.service.gov.uk/trial-mode',
        label: 'email address',
      },
      'Enter the email address of someone in your team or on your guest list – in trial mode you can only send to them',
    ],
    [
      'a phone number in trial mode',
      {
        message: 'Can’t send to this recipient when service is in trial mode – see https://www.notifications.service.gov.uk/trial-mode',
        label: 'phone number',
      },
      'Enter the mobile number of someone in your team or on your guest list – in trial mode you can only send to them',
    ],
  ],
  'number-not-allowed': [
    [
      'abroad',
      { message: 'Cannot send to international mobile numbers', label: 'phone number' },
      'Enter a UK mobile number – your service cannot send text messages abroad',
    ],
    ['a landline', { message: 'Not a UK mobile number', label: 'phone number' }, 'Enter a mobile number – your service cannot send text messages to landlines'],
  ],
  'letters-not-allowed': [
    [
      'trial mode',
      { message: 'Cannot send letters when service is in trial mode', label: 'file' },
      'You cannot send letters while your service is in trial mode – ask to go live first',
    ],
  ],
  'qr-code-too-long': [
    [
      'any',
      { message: 'Cannot create a usable QR code - the link is too long', label: 'file' },
      'Use a shorter link for the QR code – this one is too long to make a code people can scan',
    ],
  ],
  'daily-limit': [
    [
      'one message',
      { message: 'Exceeded send limits (email: 50) for today', label: 'email address' },
      'Your service has reached its daily limit of 50 emails – try again tomorrow',
    ],
    [
      'a file',
      { message: 'Sending 1,200 messages would pass your service’s daily limit (Exceeded send limits (sms: 1000) for today)', label: 'file', where: 'file' },
      'Sending 1,200 messages would pass your daily limit of 1,000 text messages – send fewer rows today, or ask an operator to raise the limit',
    ],
  ],
  'missing-column': [
    [
      'a placeholder',
      { message: 'Missing column: the file needs a column called ‘reference’', label: 'reference' },
      'Add a column called ‘reference’ to the file',
    ],
  ],
  'empty-cell': [
    ['on a form', { message: 'Empty: every placeholder needs a value', label: 'reference', where: 'form' }, 'Enter a reference'],
    ['in a file', { message: 'Empty: every placeholder needs a value', label: 'appointment date', where: 'file' }, 'Enter an appointment date in this row'],
    ['an address line', { message: 'Enter address line 1', label: 'address line 1', where: 'form' }, 'Enter address line 1'],
  ],
};

describe('the admin’s words for the rules the API reports', () => {
  it('has words for every code the API can send', () => {
    expect([...WORDED_CODES].sort()).toEqual([...PROBLEM_CODES].sort());
    expect(Object.keys(WORDS_BY_CODE).sort()).toEqual([...PROBLEM_CODES].sort());
  });

  const cases = Object.entries(WORDS_BY_CODE).flatMap(([code, list]) => list.map(([name, facts, words]) => [code as ProblemCode, name, facts, words] as const));

  it.each(cases)('words %s (%s) for people', (code, _name, facts, words) => {
    expect(problemWords({ ...facts, code })).toBe(words);
  });

  it.each(cases)('never shows an API term for %s (%s)', (code, _name, facts) => {
    const words = problemWords({ ...facts, code });
    expect(words).not.toMatch(/^[a-z ]+: |Empty:|notifications\.service\.gov\.uk|[a-z]+_[a-z]+|\bis not allowed\b|Can’t|\bid\b/);
    expect(words).toMatch(/^[A-Z]/);
    expect(words).not.toMatch(/\.$/);
  });
});

describe('words for problems without a code', () => {
  it('rewords the shared domain messages that keep Notify’s API wording', () => {
    expect(wordsOf({ message: 'Not a valid email address', field: 'email_address' })).toBe(
      'Enter an email address in the correct format, like name@example.com',
    );
    expect(wordsOf({ message: 'Not enough digits', field: 'mobileNumber' })).toBe('Mobile number is too short – enter a mobile number, like 07700 900 982');
    expect(wordsOf({ message: 'Mobile number 2: Too many digits', field: 'phone_number_2' })).toBe(
      'Enter mobile number 2 in the correct format, like 07700 900 982',
    );
    expect(wordsOf({ message: 'Give the person’s email address or phone number', field: 'email_address' })).toBe(
      'Enter the person’s email address or phone number',
    );
    expect(wordsOf({ message: '127.0.0.1 is a loopback address; callbacks go only to public addresses', field: 'url' })).toBe(
      'Enter a URL on the public internet – 127.0.0.1 is a loopback address',
    );
  });

  it('keeps a message already written for people', () => {
    expect(wordsOf({ message: 'Template name must be 40 characters or fewer', field: 'name' })).toBe('Template name must be 40 characters or fewer');
  });

  it('uses the code when there is one, naming the field in words', () => {
    expect(wordsOf({ code: 'empty-cell', message: 'Empty: every placeholder needs a value', field: 'first_name' }, { where: 'form' })).toBe(
      'Enter a first name',
    );
  });
});

describe('an article before a field’s name', () => {
  it.each([
    ['reference', 'a reference'],
    ['email address', 'an email address'],
    ['NHS number', 'an NHS number'],
    ['UK address', 'a UK address'],
    ['date_of_birth', 'a date of birth'],
    ['unique local', 'a unique local'],
    ['unspecified', 'an unspecified'],
  ])('%s', (label, expected) => expect(withArticle(label)).toBe(expected));
});
