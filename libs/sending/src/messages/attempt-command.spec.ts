import type { Message, PublishedVariant, Service } from '@herald/domain';
import { attemptCommand } from './attempt-command';

const aService = (): Service => ({
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  name: 'Benefits office',
  active: true,
  restricted: false,
  permissions: ['email', 'sms', 'letter'],
  rateLimit: 3000,
  emailMessageLimit: 1000,
  smsMessageLimit: 1000,
  letterMessageLimit: 1000,
  internationalSmsMessageLimit: 10,
  prefixSms: false,
  contactLink: null,
  organisation: null,
});

const ADDRESS = { address_line_1: 'Jo Bloggs', address_line_2: '1 High Street', address_line_3: 'CF10 1AA' };

const aMessage = (): Message => ({
  id: 'b2c3d4e5-0000-4000-8000-000000000002',
  serviceId: aService().id,
  templateSetId: 'c3d4e5f6-0000-4000-8000-000000000003',
  templateSetVersion: 1,
  apiKeyId: 'key-1',
  keyType: 'normal',
  recipient: { emailAddress: 'jo@example.com', phoneNumber: '07700900456', address: ADDRESS },
  identifier: null,
  purpose: null,
  register: null,
  lookedUp: null,
  lookupTries: 0,
  statusReason: null,
  contentPurgedAt: null,
  recipientKeys: [],
  personalisation: { name: 'Jo', ref: 'BENEFIT-REF-99417' },
  method: 'first_success',
  channels: ['email', 'sms', 'letter'],
  fallbackAfter: {},
  reference: 'case-1',
  scheduledFor: null,
  language: null,
  delegateMayRead: false,
  status: 'routing',
  deliveredVia: null,
  routePlan: [],
  letterFormat: 'standard',
  nextCheckAt: null,
  revision: 1,
  createdAt: new Date('2027-01-04T09:00:00Z'),
  updatedAt: null,
});

const aVariant = (channel: PublishedVariant['channel'], alert: boolean): PublishedVariant => ({
  channel,
  language: 'en',
  subject: channel === 'sms' ? null : 'Your benefit',
  content: 'Dear ((name)), your reference is ((ref)).',
  welshSubject: null,
  welshContent: null,
  templateId: `${channel}-content`,
  templateVersion: 2,
  ...(alert ? { alertTemplateId: `${channel}-alert`, alertTemplateVersion: 5 } : {}),
});

const attempt = { notificationId: 'd4e5f6a7-0000-4000-8000-000000000004', letterFormat: 'standard' as const };

describe('attemptCommand', () => {
  it.each(['email', 'sms'] as const)('R-TR-7: a sensitive set’s %s sends its alert template with no personalisation at all', (channel) => {
    const command = attemptCommand(aMessage(), aService(), aVariant(channel, true), attempt);
    expect(command).toMatchObject({ channel, templateId: `${channel}-alert`, templateVersion: 5, personalisation: {} });
    expect(JSON.stringify(command)).not.toContain('BENEFIT-REF-99417');
  });

  it('R-TR-7: the alert still goes to the message’s recipient, as the message’s attempt', () => {
    const email = attemptCommand(aMessage(), aService(), aVariant('email', true), attempt);
    const sms = attemptCommand(aMessage(), aService(), aVariant('sms', true), attempt);
    expect(email).toMatchObject({
      emailAddress: 'jo@example.com',
      source: 'message',
      reference: 'case-1',
      attempt: { notificationId: attempt.notificationId },
    });
    expect(sms).toMatchObject({ phoneNumber: '07700900456', source: 'message' });
  });

  it('an email of a set that is not sensitive sends the variant’s content with the personalisation', () => {
    const command = attemptCommand(aMessage(), aService(), aVariant('email', false), attempt);
    expect(command).toMatchObject({ templateId: 'email-content', templateVersion: 2, personalisation: { name: 'Jo', ref: 'BENEFIT-REF-99417' } });
  });

  it('a letter carries the whole message and the address, even when the set is sensitive', () => {
    const sensitiveLetter = { ...aVariant('letter', false), alertTemplateId: 'never-used', alertTemplateVersion: 1 };
    const command = attemptCommand(aMessage(), aService(), sensitiveLetter, attempt);
    expect(command).toMatchObject({
      channel: 'letter',
      templateId: 'letter-content',
      templateVersion: 2,
      personalisation: { name: 'Jo', ref: 'BENEFIT-REF-99417', ...ADDRESS },
    });
  });
});
