import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { aTestConfig, HeraldUnderTest, notifyToken, TestApiKey } from '@herald/testing';

const GENERIC = 'Invalid token: make sure your API token matches the example at https://docs.notifications.service.gov.uk/rest-api.html#authorisation-header';
const CLOCK = 'Error: Your system clock must be accurate to within 30 seconds';

/** Every authentication error of docs/api-contract.md §5, with its status and message. */
describe('API key authentication', () => {
  let herald: HeraldUnderTest;
  let key: TestApiKey;
  const now = () => Math.round(Date.now() / 1000);

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    const service = await herald.scenario.aService();
    key = await herald.scenario.anApiKey(service.id);
  });
  afterAll(() => herald.stop());

  const getWith = (authorization?: string) => {
    const req = request(herald.baseUrl).get('/v2/notifications');
    return authorization === undefined ? req : req.set('Authorization', authorization);
  };
  const expectAuthError = async (authorization: string | undefined, status: number, message: string) => {
    const response = await getWith(authorization);
    expect(response.status).toBe(status);
    expect(response.body).toEqual({ status_code: status, errors: [{ error: 'AuthError', message }] });
  };

  it('accepts a token made as the Notify clients make it', async () => {
    await getWith(`Bearer ${notifyToken(key.secret, { iss: key.serviceId, iat: now() })}`).expect(200);
  });

  it('accepts the bearer scheme in any case', async () => {
    await getWith(`bEARER ${notifyToken(key.secret, { iss: key.serviceId, iat: now() })}`).expect(200);
  });

  it('asks for a token when there is no Authorization header', () => expectAuthError(undefined, 401, 'Unauthorized: authentication token must be provided'));

  it('asks for the bearer scheme', () => expectAuthError('Basic dXNlcjpwYXNz', 401, 'Unauthorized: authentication bearer scheme must be used'));

  it('refuses something that is not a JWT', () => expectAuthError('Bearer not-a-token', 403, GENERIC));

  it('refuses a token without iss', () => expectAuthError(`Bearer ${notifyToken(key.secret, { iat: now() })}`, 403, 'Invalid token: iss field not provided'));

  it('refuses an iss that is not a service id', () =>
    expectAuthError(`Bearer ${notifyToken(key.secret, { iss: 'abc', iat: now() })}`, 403, 'Invalid token: service id is not the right data type'));

  it('refuses an unknown service', () =>
    expectAuthError(`Bearer ${notifyToken(key.secret, { iss: randomUUID(), iat: now() })}`, 403, 'Invalid token: service not found'));

  it('refuses a service that has no API keys', async () => {
    const service = await herald.scenario.aService();
    await expectAuthError(`Bearer ${notifyToken(key.secret, { iss: service.id, iat: now() })}`, 403, 'Invalid token: service has no API keys');
  });

  it('refuses an archived service', async () => {
    const service = await herald.scenario.aService();
    const archivedKey = await herald.scenario.anApiKey(service.id);
    await herald.scenario.anArchivedService(service.id);
    await expectAuthError(`Bearer ${notifyToken(archivedKey.secret, { iss: service.id, iat: now() })}`, 403, 'Invalid token: service is archived');
  });

  it('refuses a token issued more than 30 seconds ago', () =>
    expectAuthError(`Bearer ${notifyToken(key.secret, { iss: key.serviceId, iat: now() - 40 })}`, 403, CLOCK));

  it('refuses a token issued more than 30 seconds in the future', () =>
    expectAuthError(`Bearer ${notifyToken(key.secret, { iss: key.serviceId, iat: now() + 40 })}`, 403, CLOCK));

  it('refuses an iat that is not a number', () => expectAuthError(`Bearer ${notifyToken(key.secret, { iss: key.serviceId, iat: 'yesterday' })}`, 403, CLOCK));

  it('refuses an algorithm other than HS256', () =>
    expectAuthError(
      `Bearer ${notifyToken(key.secret, { iss: key.serviceId, iat: now() }, { typ: 'JWT', alg: 'HS512' })}`,
      403,
      'Invalid token: algorithm used is not HS256',
    ));

  it('refuses an expired exp claim', () =>
    expectAuthError(`Bearer ${notifyToken(key.secret, { iss: key.serviceId, iat: now(), exp: now() - 120 })}`, 403, GENERIC));

  it('says the key is not found when the secret is wrong', () =>
    expectAuthError(`Bearer ${notifyToken(randomUUID(), { iss: key.serviceId, iat: now() })}`, 403, 'Invalid token: API key not found'));

  it('says the key is not found when iat is missing', () =>
    expectAuthError(`Bearer ${notifyToken(key.secret, { iss: key.serviceId })}`, 403, 'Invalid token: API key not found'));

  it('refuses a revoked key', async () => {
    const revoked = await herald.scenario.anApiKey(key.serviceId, 'normal', 'old key');
    await herald.scenario.aRevokedApiKey(key.serviceId, revoked.id);
    await expectAuthError(`Bearer ${notifyToken(revoked.secret, { iss: key.serviceId, iat: now() })}`, 403, 'Invalid token: API key revoked');
  });

  it('authenticates before reading the body', async () => {
    const response = await request(herald.baseUrl).post('/v2/notifications/email').set('Content-Type', 'application/json').send('{not json');
    expect(response.status).toBe(401);
    expect(response.body.errors[0].error).toBe('AuthError');
  });

  it('answers unknown paths in Notify’s legacy shape', async () => {
    const response = await request(herald.baseUrl).get('/v2/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({
      result: 'error',
      message: 'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
    });
  });

  it('adds Notify’s security headers to every response', async () => {
    const response = await getWith(undefined);
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains; preload');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['access-control-allow-origin']).toBe('*');
  });

  it('answers the health check without authentication', async () => {
    expect((await request(herald.baseUrl).get('/_status').expect(200)).body.status).toBe('ok');
    expect((await request(herald.baseUrl).get('/_status?simple=1').expect(200)).body).toEqual({ status: 'ok' });
  });
});
