import { LogScrubber } from './log-scrubber';

const SERVICE_ID = '2b7d5c6e-8a1f-4c3d-9e0b-1f2a3b4c5d6e';
const SECRET = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';
const NOTIFICATION_ID = '12345678-1234-4123-8123-123456789012';

describe('LogScrubber', () => {
  const scrubber = new LogScrubber('notifications.herald.localhost');

  it.each([
    ['an email address', 'Sent to jo.bloggs+test@example.co.uk today', 'Sent to [email] today'],
    ['a UK mobile number', 'Text for 07700 900123 queued', 'Text for [phone] queued'],
    ['an international number', 'Text for +44 (0)7700-900-123 queued', 'Text for [phone] queued'],
    ['digits alone', 'number 447700900123 refused', 'number [phone] refused'],
    ['a postcode', 'Letter to SW1A 2AA printed', 'Letter to [postcode] printed'],
    ['a bearer token', 'Authorization: Bearer abc.def-ghi', 'Authorization: Bearer [redacted]'],
    ['a basic credential', 'authorization: Basic dXNlcjpwYXNz', 'authorization: Basic [redacted]'],
    ['a JSON Web Token', 'bad token eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJ4In0.c2lnbmF0dXJl here', 'bad token [token] here'],
    ['credentials in a URL', 'connecting to smtp://user:hunter2@mail.example.org:587', 'connecting to smtp://[credentials]@mail.example.org:587'],
    ['a secret in a query', 'GET /callback?code=abc123&state=ok', 'GET /callback?code=[redacted]&state=ok'],
  ])('takes out %s', (_what, text, expected) => {
    expect(scrubber.text(text)).toBe(expected);
  });

  it("keeps an API key's name and service id but not its secret", () => {
    expect(scrubber.text(`key live_key-${SERVICE_ID}-${SECRET} used`)).toBe(`key live_key-${SERVICE_ID}-[secret] used`);
  });

  it("leaves ids alone, even a UUID whose digits look like a phone number's", () => {
    const text = `Notification ${NOTIFICATION_ID} of service ${SERVICE_ID} sent in 12 ms at 2026-05-04T10:00:00.000Z`;
    expect(scrubber.text(text)).toBe(text);
  });

  it("keeps Herald's own addresses (EMAIL_DOMAIN): the first platform admin is nobody's personal data", () => {
    expect(scrubber.text('The platform admin admin@notifications.herald.localhost has not set up')).toBe(
      'The platform admin admin@notifications.herald.localhost has not set up',
    );
    expect(new LogScrubber().text('admin@notifications.herald.localhost')).toBe('[email]');
  });

  it('replaces the values of sensitive keys at any depth, whatever their case, and scrubs the other strings', () => {
    const logged = {
      id: NOTIFICATION_ID,
      headers: { Authorization: 'Bearer x', 'content-type': 'application/json' },
      request: { body: { email_address: 'a@b.example', personalisation: { name: 'Ada' } } },
      note: 'call 07700900123',
      list: [{ phone_number: '07700900123' }],
    };
    expect(scrubber.value(logged)).toEqual({
      id: NOTIFICATION_ID,
      headers: { Authorization: '[redacted]', 'content-type': 'application/json' },
      request: { body: '[redacted]' },
      note: 'call [phone]',
      list: [{ phone_number: '[redacted]' }],
    });
  });

  it('turns an error into its type, message and stack, scrubbed', () => {
    const error = new TypeError('no mailbox for jo@example.org');
    const scrubbed = scrubber.error(error);
    expect(scrubbed.type).toBe('TypeError');
    expect(scrubbed.message).toBe('no mailbox for [email]');
    expect(scrubbed.stack).toContain('TypeError: no mailbox for [email]');
    expect(scrubbed.stack).not.toContain('jo@example.org');
  });
});
