import { ProviderError } from '@herald/domain';
import { retryAfterMs, TwilioRateLimited } from './rebased-request-client';
import { classifyTwilioError } from './twilio-error';

/** The shape of the SDK's RestException: HTTP status, Twilio's code and its message. */
const restException = (status: number, code?: number) =>
  Object.assign(new Error(`The 'To' number +447700900123 is not a valid phone number.`), { status, code });

describe('what a Twilio failure means for the text', () => {
  it('waits as long as Twilio asked on 429', () => {
    expect(classifyTwilioError(new TwilioRateLimited(7000))).toEqual(ProviderError.throttled('Twilio asked us to slow down (HTTP 429)', 7000));
  });

  it.each([500, 502, 503])('retries a %i', (status) => {
    expect(classifyTwilioError(restException(status, 20500))).toEqual(ProviderError.retryable(`Twilio failed (HTTP ${status}, Twilio error 20500)`));
  });

  it('gives up at once on a 4xx refusal of the message, e.g. 21211 invalid number, without quoting the number', () => {
    const error = classifyTwilioError(restException(400, 21211));
    expect(error).toEqual(ProviderError.permanent('Twilio refused the message (HTTP 400, Twilio error 21211)'));
    expect(error.message).not.toContain('7700900123');
  });

  it.each([401, 403, 404])('treats %i (our credentials or account) as the provider’s problem, so retryable', (status) => {
    expect(classifyTwilioError(restException(status, 20003)).kind).toBe('retryable');
  });

  it('retries a timeout or a refused connection', () => {
    expect(classifyTwilioError(Object.assign(new Error('timeout of 50ms exceeded'), { code: 'ECONNABORTED' }))).toEqual(
      ProviderError.retryable('Twilio did not answer (ECONNABORTED)'),
    );
    expect(classifyTwilioError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })).kind).toBe('retryable');
    expect(classifyTwilioError(undefined).kind).toBe('retryable');
  });
});

describe('Retry-After', () => {
  it('reads seconds', () => {
    expect(retryAfterMs('3')).toBe(3000);
  });

  it('reads an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:10 GMT', now)).toBe(10_000);
  });

  it('waits five seconds when Twilio does not say', () => {
    expect(retryAfterMs(undefined)).toBe(5000);
    expect(retryAfterMs('soon')).toBe(5000);
  });
});
