import { TwilioAccount } from '@herald/config';
import { ProviderError } from '@herald/domain';
import { LoopbackTwilio } from '@herald/testing';
import { TwilioSmsProvider } from './twilio-sms.provider';

const account = (twilio: LoopbackTwilio, overrides: Partial<TwilioAccount> = {}): TwilioAccount => ({
  name: 'twilio',
  priority: 10,
  accountSid: twilio.accountSid,
  authToken: twilio.authToken,
  fromNumber: '+447700900999',
  messagingServiceSid: null,
  apiBaseUrl: twilio.url,
  ...overrides,
});
const text = { notificationId: '0f6b1d2e-6f1e-4a53-9a53-3d1f0b7a1c01', to: '+447700900123', from: 'GOVUK', body: 'Passport Office: Your code is 123456' };

describe('the Twilio provider, through the twilio SDK, against a loopback Twilio', () => {
  const twilio = new LoopbackTwilio();

  beforeAll(async () => {
    await twilio.start();
  });

  afterEach(() => twilio.reset());
  afterAll(() => twilio.stop());

  it('posts the text with its status callback and returns Twilio’s sid as the reference', async () => {
    const provider = new TwilioSmsProvider(account(twilio), 'https://herald.example.gov.uk');
    const accepted = await provider.send(text);
    const received = twilio.messages.at(-1)!;
    expect(received).toMatchObject({
      to: '+447700900123',
      from: 'GOVUK',
      body: 'Passport Office: Your code is 123456',
      messagingServiceSid: null,
      statusCallback: `https://herald.example.gov.uk/webhooks/twilio/status/${text.notificationId}`,
    });
    expect(accepted).toEqual({ provider: 'twilio', reference: received.sid, status: 'sending' });
    expect(received.sid).toMatch(/^SM[0-9a-f]{32}$/);
  });

  it('sends from the configured number, through the messaging service, when the text has no sender', async () => {
    const messagingServiceSid = `MG${'d'.repeat(32)}`;
    await new TwilioSmsProvider(account(twilio, { name: 'twilio-b', messagingServiceSid }), 'http://api').send({ ...text, from: null });
    expect(twilio.messages.at(-1)).toMatchObject({ from: '+447700900999', messagingServiceSid });
  });

  it('keeps the path of a base URL that has one', async () => {
    const provider = new TwilioSmsProvider(account(twilio, { apiBaseUrl: `${twilio.url}/nothing-here` }), 'http://api');
    await expect(provider.send(text)).rejects.toMatchObject({
      kind: 'retryable',
      message: 'Twilio refused the account or credentials (HTTP 404, Twilio error 20404)',
    });
  });

  it('is retryable when Twilio fails with 500', async () => {
    twilio.failWith('server-error', 1);
    await expect(new TwilioSmsProvider(account(twilio), 'http://api').send(text)).rejects.toEqual(
      ProviderError.retryable('Twilio failed (HTTP 500, Twilio error 20500)'),
    );
  });

  it('is throttled for as long as Retry-After says when Twilio answers 429', async () => {
    twilio.failWith('rate-limited', 1);
    await expect(new TwilioSmsProvider(account(twilio), 'http://api').send(text)).rejects.toEqual(
      ProviderError.throttled('Twilio asked us to slow down (HTTP 429)', 1000),
    );
  });

  it('is permanent when Twilio refuses the number, and the error does not quote it', async () => {
    twilio.failWith('invalid-number', 1);
    const error = await new TwilioSmsProvider(account(twilio), 'http://api').send(text).catch((e: ProviderError) => e);
    expect(error).toEqual(ProviderError.permanent('Twilio refused the message (HTTP 400, Twilio error 21211)'));
  });

  it('is retryable when Twilio does not answer in time', async () => {
    twilio.failWith('hang', 1);
    const error = await new TwilioSmsProvider(account(twilio), 'http://api', 300).send(text).catch((e: ProviderError) => e);
    expect(error).toMatchObject({ kind: 'retryable', message: expect.stringMatching(/^Twilio did not answer/) });
  });

  it('is retryable (the provider’s problem, not the text’s) when the credentials are wrong', async () => {
    const before = twilio.messages.length;
    const error = await new TwilioSmsProvider(account(twilio, { authToken: 'wrong' }), 'http://api').send(text).catch((e: ProviderError) => e);
    expect(error).toEqual(ProviderError.retryable('Twilio refused the account or credentials (HTTP 401, Twilio error 20003)'));
    expect(twilio.messages.length).toBe(before);
  });
});
