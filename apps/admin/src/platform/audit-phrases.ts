/**
 * What each audit action says, after the name of who did it: "created API key ‘backend’ for
 * Passport Office". One entry per action Herald records (audit-sentence.spec.ts reads the code for
 * every action and fails when one has none), so the log reads as sentences.
 */

/** One event's facts, as a phrase needs them. */
export interface PhraseFacts {
  /** The service's name; for a service that no longer exists, the name the event kept, or "a service that no longer exists". */
  readonly service: string;
  readonly subject: string;
  readonly details: Readonly<Record<string, unknown>>;
}

type Phrase = (facts: PhraseFacts) => string;

const CHANNELS: Readonly<Record<string, string>> = { email: 'email', sms: 'text message', letter: 'letter' };
const CALLBACKS: Readonly<Record<string, string>> = {
  delivery_status: 'delivery receipts',
  inbound_sms: 'received text messages',
  complaint: 'complaints',
  returned_letter: 'returned letters',
  message_status: 'message status',
};
const FORMATS: Readonly<Record<string, string>> = {
  large_print: 'large print',
  braille: 'braille',
  audio: 'audio',
  easy_read: 'easy read',
  bsl: 'British Sign Language',
};

/** A stored value as text, or '' for anything else. */
const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
/** "API key ‘backend’", or "an API key" when the event kept no name. */
const thing = (noun: string, name: unknown): string => {
  if (text(name)) return `${noun} ‘${text(name)}’`;
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
};
const count = (value: unknown, one: string, many: string): string => {
  const n = typeof value === 'number' ? value : Array.isArray(value) ? value.length : 0;
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
};
/** "text message " for `sms`, nothing for a type it does not know. */
const channel = (type: unknown): string => (CHANNELS[text(type)] ? `${CHANNELS[text(type)]} ` : '');
/** "delivery receipts " for `delivery_status`, nothing when the event kept no type. */
const callback = (f: PhraseFacts): string => {
  const type = text(f.details.type) || f.subject;
  return type ? `${CALLBACKS[type] ?? type.replace(/[_-]/g, ' ')} ` : '';
};
const stage = (f: PhraseFacts): string => (f.details.stage === 'code' ? 'security code' : 'password');
/** "register ‘dvla’ for ‘licence-reminders’", from the subject `dvla/licence-reminders`. */
const purpose = (f: PhraseFacts): string => {
  const [name = '', why = ''] = f.subject.split('/');
  return `${thing('register', name)}${why ? ` for ‘${why}’` : ''}`;
};
const retention = (value: unknown): string => {
  const days = (value ?? {}) as Record<string, unknown>;
  return ['email', 'sms', 'letter']
    .filter((channel) => typeof days[channel] === 'number')
    .map((channel) => `${CHANNELS[channel]}s ${text(days[channel])} days`)
    .join(', ');
};

export const PHRASES: Readonly<Record<string, Phrase>> = {
  // Signing in and one's own account.
  'sign-in.succeeded': () => 'signed in',
  'sign-in.failed': (f) => `entered a wrong ${stage(f)} when signing in`,
  'sign-in.locked': (f) => `entered a wrong ${stage(f)} too many times, so their account was locked`,
  'sign-in.refused-locked': () => 'tried to sign in while their account was locked',
  'sign-in.code-resent': () => 'asked for a new security code',
  'sign-out': () => 'signed out',
  'sign-out.everywhere': () => 'signed out on every device',
  'account.set-up': (f) => `set up their account${f.subject ? ` (${f.subject})` : ''}`,
  'account.name-changed': () => 'changed their name',
  'account.mobile-number-changed': () => 'changed their mobile number',
  'account.mobile-number-removed': () => 'removed their mobile number',
  'account.password-changed': () => 'changed their password',
  'account.password-change-refused': () => 'tried to change their password but gave the wrong current password',
  'account.password-reset-requested': () => 'asked to reset their password',
  'account.password-reset-refused': () => 'asked to reset their password too many times in an hour, so no email was sent',
  'account.password-reset': () => 'reset their password',
  'account.second-factor-changed': (f) => (f.details.authType === 'totp' ? 'set up an authenticator app to sign in' : 'chose to get security codes by email'),
  'account.email-change-requested': (f) => `asked to change their email address to ${f.subject || 'a new one'}`,
  'account.email-changed': (f) => `changed their email address to ${f.subject || 'a new one'}`,
  'account.platform-admin-created': (f) => `set up the first platform admin${f.subject ? `, ${f.subject}` : ''}`,
  // Platform.
  'user.created': (f) => `created an account for ${f.subject || 'a new user'}${f.details.platformAdmin === true ? ' as a platform admin' : ''}`,
  'user.auditor-granted': (f) => `made ${f.subject || 'a user'} an auditor`,
  'user.auditor-removed': (f) => `removed the auditor role of ${f.subject || 'a user'}`,
  'sms-provider.switched-on': (f) => `switched on ${f.subject ? `text message provider ${f.subject}` : 'a text message provider'}`,
  'sms-provider.switched-off': (f) => `switched off ${f.subject ? `text message provider ${f.subject}` : 'a text message provider'}`,
  'platform.notification-viewed': (f) =>
    `looked up ${f.subject ? `notification ${f.subject}` : 'a notification'}${f.details.found === false ? ', which was not found' : ` of ${f.service}`}`,
  'letters.sent-to-print': (f) => `sent ${count(f.details.letters, 'letter', 'letters')} to print`,
  'oversight.page_viewed': (f) => `looked at ${f.subject ? `the oversight page ${f.subject}` : 'an oversight page'}`,
  'register.added': (f) => `added ${thing('register', f.subject)}`,
  'register.updated': (f) => `changed the settings of ${thing('register', f.subject)}`,
  'register.purpose-granted': (f) => `allowed ${f.service} to look people up in ${purpose(f)}`,
  'register.purpose-revoked': (f) => `stopped ${f.service} looking people up in ${purpose(f)}`,
  // Services and going live.
  'service.created': (f) => `created the service ${f.service}${f.details.live === true ? ', live' : ' in trial mode'}`,
  'service.renamed': (f) => `renamed the service ${text(f.details.from) || f.service} to ${text(f.details.to) || f.service}`,
  'service.updated': (f) => `changed the settings of ${f.service}`,
  'go-live.requested': (f) => `asked for ${f.service} to go live`,
  'go-live.approved': (f) => `made ${f.service} live`,
  'go-live.rejected': (f) => `turned down the request for ${f.service} to go live`,
  'retention.updated': (f) => `changed how long ${f.service} keeps messages${retention(f.details.to) ? ` to ${retention(f.details.to)}` : ''}`,
  'branding.updated': (f) => `changed the email branding of ${f.service}`,
  'check-rules.updated': (f) => `changed the content check rules of ${f.service}`,
  'guest-list.updated': (f) =>
    `changed the guest list of ${f.service} (${count(f.details.emailAddresses, 'email address', 'email addresses')}, ${count(f.details.phoneNumbers, 'phone number', 'phone numbers')})`,
  // API integration.
  'api-key.created': (f) => `created ${thing('API key', f.details.name)} for ${f.service}`,
  'api-key.revoked': (f) => `revoked ${thing('API key', f.details.name)} for ${f.service}`,
  'callback.created': (f) => `set up the ${callback(f)}callback for ${f.service}`,
  'callback.changed': (f) => `changed the ${callback(f)}callback for ${f.service}`,
  'callback.removed': (f) => `removed the ${callback(f)}callback for ${f.service}`,
  // Team.
  'team.invited': (f) => `invited ${f.subject || 'someone'} to join ${f.service}`,
  'team.invitation-cancelled': (f) => `cancelled an invitation to join ${f.service}`,
  'team.invitation-accepted': (f) => `accepted the invitation to join ${f.service}`,
  'team.member-added': (f) => `added ${f.subject || 'a user'} to the team of ${f.service}`,
  'team.permissions-changed': (f) => `changed the permissions of ${f.subject || 'a team member'} in ${f.service}`,
  'team.member-removed': (f) => `removed ${f.subject || 'a team member'} from the team of ${f.service}`,
  // Templates.
  'template.created': (f) => `created ${thing(`${channel(f.details.type)}template`, f.details.name)} in ${f.service}`,
  'template.updated': (f) => `changed ${thing('template', f.details.name)} in ${f.service}`,
  'template.archived': (f) => `deleted ${thing('template', f.details.name)} from ${f.service}`,
  'template.copied': (f) => `made ${thing('template', f.details.name)} in ${f.service} from a copy`,
  'template.moved': (f) => `moved ${count(f.details.templateIds, 'template', 'templates')} to another folder in ${f.service}`,
  'folder.created': (f) => `created ${thing('folder', f.details.name)} in ${f.service}`,
  'folder.renamed': (f) => `renamed ${thing('folder', f.details.from)}${text(f.details.to) ? ` to ‘${text(f.details.to)}’` : ''} in ${f.service}`,
  'folder.deleted': (f) => `deleted ${thing('folder', f.details.name)} from ${f.service}`,
  'template-set.created': (f) => `created ${thing('template set', f.details.name)} in ${f.service}`,
  'template-set.updated': (f) => `changed ${thing('template set', f.details.name)} in ${f.service}`,
  'template-set.published': (f) =>
    `published ${text(f.details.version) ? `version ${text(f.details.version)}` : 'a new version'} of ${thing('template set', f.details.name)} in ${f.service}`,
  // Senders.
  'reply-to.added': (f) => `added a reply-to email address to ${f.service}`,
  'reply-to.default-changed': (f) => `changed the default reply-to email address of ${f.service}`,
  'reply-to.removed': (f) => `removed a reply-to email address from ${f.service}`,
  'sms-sender.added': (f) => `added ${thing('text message sender', f.details.smsSender)} to ${f.service}`,
  'sms-sender.default-changed': (f) => `changed the default text message sender of ${f.service}`,
  'sms-sender.removed': (f) => `removed ${thing('text message sender', f.details.smsSender)} from ${f.service}`,
  'letter-contact.added': (f) => `added a letter contact block to ${f.service}`,
  'letter-contact.default-changed': (f) => `changed the default letter contact block of ${f.service}`,
  'letter-contact.removed': (f) => `removed a letter contact block from ${f.service}`,
  // Sending and recipients.
  'message.sent': (f) => `sent a message from ${f.service}`,
  'inbound-sms.received-from-cli': (f) => `recorded a received text message for ${f.service}`,
  'recipient-preference.changed': (f) => `recorded how ${text(f.details.recipient) || 'someone'} wants to be contacted by ${f.service}`,
  'alternative-format.done': (f) => `marked a ${FORMATS[text(f.details.format)] ?? 'different format'} copy of a letter from ${f.service} as done`,
};
