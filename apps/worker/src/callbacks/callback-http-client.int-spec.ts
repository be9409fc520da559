import { ProviderError } from '@herald/domain';
import { LoopbackCallbacks } from '@herald/testing';
import { CallbackHttpClient } from './callback-http-client';

const open = { requireHttps: false, allowPrivateAddresses: true };
const strict = { requireHttps: false, allowPrivateAddresses: false };

/** The HTTP side of a callback against a department endpoint on loopback. */
describe('CallbackHttpClient', () => {
  const endpoint = new LoopbackCallbacks();
  const client = new CallbackHttpClient();

  beforeAll(() => endpoint.start());
  afterAll(() => endpoint.stop());

  const post = (path: string, policy = open, url = endpoint.url(path)) => client.post({ url, bearerToken: 'secret-token-1', body: { id: path }, policy });
  const failure = async (promise: Promise<unknown>): Promise<ProviderError> => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ProviderError);
    return error as ProviderError;
  };

  it('POSTs the JSON body with the bearer token', async () => {
    expect(await post('/ok')).toBe(200);
    expect(endpoint.to('/ok')).toEqual([
      expect.objectContaining({
        body: { id: '/ok' },
        headers: expect.objectContaining({ authorization: 'Bearer secret-token-1', 'content-type': 'application/json' }),
      }),
    ]);
  });

  it.each([
    [500, 'retryable'],
    [503, 'retryable'],
    [429, 'retryable'],
    [400, 'permanent'],
    [404, 'permanent'],
    [410, 'permanent'],
  ])('treats HTTP %i as %s', async (status, kind) => {
    endpoint.answer(`/status-${status}`, status);
    const error = await failure(post(`/status-${status}`));
    expect({ kind: error.kind, message: error.message }).toEqual({ kind, message: `Callback endpoint answered HTTP ${status}` });
  });

  it('refuses, before connecting, a host that resolves to a loopback address unless private addresses are allowed', async () => {
    const error = await failure(post('/by-name', strict, endpoint.url('/by-name').replace('127.0.0.1', 'localhost')));
    expect(error.kind).toBe('permanent');
    expect(error.message).toMatch(/^Callback URL refused: (127\.0\.0\.1|::1) is a loopback address; callbacks go only to public addresses$/);
    expect(endpoint.to('/by-name')).toEqual([]);
  });

  it('refuses a literal private address and plain http in production', async () => {
    expect((await failure(post('/literal', strict))).message).toBe(
      'Callback URL refused: 127.0.0.1 is a loopback address; callbacks go only to public addresses',
    );
    expect((await failure(post('/http', { requireHttps: true, allowPrivateAddresses: true }))).message).toBe(
      'Callback URL refused: Enter a URL that starts with https://',
    );
    expect(endpoint.to('/literal')).toEqual([]);
  });

  it('gives up on a connection refused as retryable', async () => {
    const error = await failure(post('/closed', open, 'http://127.0.0.1:1/closed'));
    expect(error.kind).toBe('retryable');
  });

  it('gives an endpoint that never answers 5 seconds, then retries later', async () => {
    endpoint.answer('/hang', 'hang');
    const started = Date.now();
    const error = await failure(post('/hang'));
    expect(error).toMatchObject({ kind: 'retryable', message: 'Callback endpoint failed: no answer within 5000 ms' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(4900);
    // Only catches a client that waits far longer than its limit; a busy machine adds a little.
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 40_000);
});
