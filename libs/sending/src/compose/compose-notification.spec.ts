import { type Service, type TemplateVersion, validatePhoneNumber } from '@herald/domain';
import { composeNotification } from './compose-notification';
import type { SendingContext } from '../context/sending-context';
import { TEAM_KEY, TRIAL_MODE } from '../context/sending-context';
import type { SendCommand } from '../send-command';

const aService = (overrides: Partial<Service> = {}): Service => ({
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  name: 'Test service',
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
  ...overrides,
});

const aTemplate = (overrides: Partial<TemplateVersion> = {}): TemplateVersion => ({
  id: 'f1e2d3c4-0000-4000-8000-000000000002',
  serviceId: aService().id,
  name: 'Hello',
  type: 'email',
  subject: 'Hi ((name))',
  content: 'Hello ((name))',
  version: 3,
  archived: false,
  hidden: false,
  postage: null,
  letterContactBlock: null,
  language: null,
  welshSubject: null,
  welshContent: null,
  createdAt: new Date(),
  updatedAt: null,
  createdByEmail: null,
  ...overrides,
});

const context = (overrides: Partial<SendingContext> = {}): SendingContext => ({
  template: aTemplate(),
  allowance: null,
  replyTo: { known: true, value: null },
  smsSender: { known: true, value: null },
  ...overrides,
});

const key = { keyType: 'normal' as const, apiKeyId: 'k1', createdById: null };
const email = (overrides: Partial<SendCommand> = {}): SendCommand =>
  ({
    channel: 'email',
    source: 'api',
    service: aService(),
    key,
    templateId: aTemplate().id,
    personalisation: { name: 'Kim' },
    reference: null,
    emailAddress: 'kim@example.com',
    ...overrides,
  }) as SendCommand;
const sms = (overrides: Partial<SendCommand> = {}): SendCommand =>
  ({
    channel: 'sms',
    source: 'api',
    service: aService(),
    key,
    templateId: aTemplate().id,
    personalisation: { name: 'Kim' },
    reference: null,
    phoneNumber: '07700 900123',
    ...overrides,
  }) as SendCommand;
const letter = (overrides: Partial<SendCommand> = {}): SendCommand =>
  ({
    channel: 'letter',
    source: 'api',
    service: aService(),
    key,
    templateId: aTemplate().id,
    reference: null,
    personalisation: { name: 'Kim', address_line_1: 'Kim Lee', address_line_2: '1 High Street', postcode: 'SW1A 1AA' },
    ...overrides,
  }) as SendCommand;

/** The first problem's code and Notify message, or 'ok'. */
function outcome(command: SendCommand, ctx: SendingContext): string | { code: string; message: string; error: string; status: number } {
  const result = composeNotification(command, ctx);
  if (result.ok) return 'ok';
  const [problem] = result.problems;
  return { code: problem.code, message: problem.message, error: problem.error, status: problem.status };
}

describe('composeNotification: one set of sending rules', () => {
  it('composes an email with its rendered content, reply-to and the key that sent it', () => {
    const result = composeNotification(email({ reference: 'ref-1' }), context({ replyTo: { known: true, value: 'help@example.gov.uk' } }));
    expect(result.ok && result.composed).toMatchObject({
      notification: {
        type: 'email',
        recipient: 'kim@example.com',
        templateVersion: 3,
        clientReference: 'ref-1',
        replyTo: 'help@example.gov.uk',
        apiKeyId: 'k1',
      },
      content: { channel: 'email', subject: 'Hi Kim', body: 'Hello Kim' },
      initialStatus: 'created',
      smokeTest: false,
    });
  });

  it('checks the channel, then the template, with Notify’s messages', () => {
    expect(outcome(email({ service: aService({ permissions: ['sms'] }) }), context())).toMatchObject({
      code: 'channel-not-permitted',
      message: 'Service is not allowed to send emails',
    });
    expect(outcome(email(), context({ template: null }))).toMatchObject({ message: 'Template not found', error: 'BadRequestError', status: 400 });
    expect(outcome(email(), context({ template: aTemplate({ hidden: true }) }))).toMatchObject({ message: 'Template not found' });
    expect(outcome(sms(), context())).toMatchObject({ message: 'email template is not suitable for sms notification' });
    expect(outcome(email(), context({ template: aTemplate({ archived: true }) }))).toMatchObject({ message: 'Template has been deleted' });
  });

  it('needs every placeholder, and refuses an empty message', () => {
    expect(outcome(email({ personalisation: {} }), context())).toMatchObject({ code: 'missing-personalisation', message: 'Missing personalisation: name' });
    expect(outcome(email({ personalisation: { name: '' } }), context({ template: aTemplate({ content: '((name))' }) }))).toMatchObject({
      message: 'Your message is empty.',
    });
  });

  it('names the field of a bad recipient as a ValidationError', () => {
    expect(outcome(email({ emailAddress: 'not an address' } as Partial<SendCommand>), context())).toEqual({
      code: 'invalid-recipient',
      message: 'email_address Not a valid email address',
      error: 'ValidationError',
      status: 400,
    });
    expect(outcome(sms({ phoneNumber: '12' } as Partial<SendCommand>), context({ template: aTemplate({ type: 'sms', subject: null }) }))).toMatchObject({
      code: 'invalid-recipient',
      error: 'ValidationError',
    });
  });

  it('sends only to the team and guest list while restricted, with the message of the key type', () => {
    const trial = { emails: new Set(['team@example.gov.uk']), mobiles: new Set<string>(), refusal: TRIAL_MODE };
    expect(outcome(email(), context({ allowance: trial }))).toMatchObject({ code: 'recipient-not-allowed', message: TRIAL_MODE });
    expect(outcome(email({ emailAddress: 'Team@Example.gov.uk' } as Partial<SendCommand>), context({ allowance: trial }))).toBe('ok');
    expect(outcome(email(), context({ allowance: { ...trial, refusal: TEAM_KEY } }))).toMatchObject({ message: TEAM_KEY });
    // Notify's smoke-test addresses are answered like any other, never stored, and pass whatever the allowance.
    const smoke = composeNotification(
      email({ emailAddress: 'simulate-delivered@notifications.service.gov.uk' } as Partial<SendCommand>),
      context({ allowance: trial }),
    );
    expect(smoke.ok && smoke.composed.smokeTest).toBe(true);
  });

  it('refuses an unknown reply-to address or text sender by its id', () => {
    expect(outcome(email({ replyToId: 'r9' } as Partial<SendCommand>), context({ replyTo: { known: false } }))).toMatchObject({
      message: `email_reply_to_id r9 does not exist in database for service id ${aService().id}`,
    });
    expect(
      outcome(
        sms({ smsSenderId: 's9' } as Partial<SendCommand>),
        context({ template: aTemplate({ type: 'sms', subject: null }), smsSender: { known: false } }),
      ),
    ).toMatchObject({
      message: `sms_sender_id s9 does not exist in database for service id ${aService().id}`,
    });
  });

  it('counts fragments, and texts abroad only with the permission (counting them as international)', () => {
    const textTemplate = context({ template: aTemplate({ type: 'sms', subject: null, content: 'Hello ((name)) '.repeat(20) }) });
    const uk = composeNotification(sms(), textTemplate);
    expect(uk.ok && uk.composed.notification.billableUnits).toBe(2);
    expect(outcome(sms({ phoneNumber: '+33 6 12 34 56 78' } as Partial<SendCommand>), textTemplate)).toMatchObject({
      code: 'number-not-allowed',
      message: 'Cannot send to international mobile numbers',
    });
    const abroad = composeNotification(
      sms({ phoneNumber: '+33 6 12 34 56 78', service: aService({ permissions: ['sms', 'international_sms'] }) } as Partial<SendCommand>),
      textTemplate,
    );
    expect(abroad.ok && abroad.composed.limit).toEqual({ international: true });
    expect(outcome(sms(), context({ template: aTemplate({ type: 'sms', subject: null, content: 'x'.repeat(919) }) }))).toMatchObject({ code: 'too-long' });
  });

  it('takes the number as its caller already validated it, rather than validating it again', () => {
    const textTemplate = context({ template: aTemplate({ type: 'sms', subject: null }) });
    const validated = validatePhoneNumber('+33 6 12 34 56 78');
    if (!validated.ok) throw new Error('a valid French mobile');
    const composed = composeNotification(sms({ phoneNumber: '+33 6 12 34 56 78', validatedPhone: validated } as Partial<SendCommand>), textTemplate);
    expect(composed).toMatchObject({ ok: false, problems: [{ code: 'number-not-allowed' }] });
    const asGiven = composeNotification(
      sms({ validatedPhone: { ...validated, normalised: '447700900999', international: false } } as Partial<SendCommand>),
      textTemplate,
    );
    expect(asGiven.ok && asGiven.composed.notification.normalisedRecipient).toBe('447700900999');
  });

  it('refuses files outside email, and letters from team keys or from a live key in trial mode (403)', () => {
    const letterTemplate = context({ template: aTemplate({ type: 'letter', subject: 'Your letter' }) });
    expect(outcome(letter(), letterTemplate)).toBe('ok');
    expect(outcome(letter({ key: { ...key, keyType: 'team' } }), letterTemplate)).toMatchObject({
      message: 'Cannot send letters with a team api key',
      status: 403,
    });
    expect(outcome(letter({ service: aService({ restricted: true }) }), letterTemplate)).toMatchObject({
      message: 'Cannot send letters when service is in trial mode',
      status: 403,
    });
    const testKey = composeNotification(letter({ service: aService({ restricted: true }), key: { ...key, keyType: 'test' } }), letterTemplate);
    expect(testKey.ok && testKey.composed.initialStatus).toBe('sending');
    expect(outcome(letter({ personalisation: { ...letter().personalisation, name: { file: 'aGk=' } } }), letterTemplate)).toMatchObject({
      message: 'Can only send a file by email',
    });
  });

  it('keeps a bulk row’s job and row number on the notification', () => {
    const result = composeNotification(email({ source: 'bulk', job: { id: 'j1', row: 7 } }), context());
    expect(result.ok && result.composed.notification).toMatchObject({ jobId: 'j1', jobRowNumber: 7 });
  });
});
