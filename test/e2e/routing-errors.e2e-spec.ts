import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { aTestConfig, bearerFor, HeraldUnderTest, TestApiKey } from '@herald/testing';

const METHOD_NOT_ALLOWED = { result: 'error', message: 'The method is not allowed for the requested URL.' };
const NOT_FOUND = {
  result: 'error',
  message: 'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
};
const v2Error = (status: number, message: string) => ({ status_code: status, errors: [{ error: 'BadRequestError', message }] });

/** Errors the router answers before any handler runs (issue 9, point 6) leave in Notify's shapes too. */
describe('routing errors', () => {
  let herald: HeraldUnderTest;
  let key: TestApiKey;
  const auth = () => bearerFor(key.serviceId, key.secret);

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    key = await herald.scenario.anApiKey((await herald.scenario.aService()).id);
  });
  afterAll(() => herald.stop());

  it.each([
    ['PUT', '/v2/notifications/email'],
    ['DELETE', '/v2/notifications/sms'],
    ['PATCH', `/v2/notifications/${randomUUID()}`],
    ['DELETE', `/v2/template/${randomUUID()}`],
    ['PUT', '/v2/templates'],
  ])('answers %s %s with Notify’s 405', async (method, path) => {
    const response = await request(herald.baseUrl)[method.toLowerCase() as 'put'](path).set('Authorization', auth());
    expect(response.body).toEqual(METHOD_NOT_ALLOWED);
    expect(response.status).toBe(405);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers a POST to an unknown notification type with Notify’s 404, as Notify routes it', async () => {
    const response = await request(herald.baseUrl).post('/v2/notifications/foo').set('Authorization', auth()).send({});
    expect(response.body).toEqual(NOT_FOUND);
    expect(response.status).toBe(404);
  });

  it('still answers a path nothing serves with Notify’s 404', async () => {
    const response = await request(herald.baseUrl).put('/v2/nothing-here');
    expect(response.body).toEqual(NOT_FOUND);
    expect(response.status).toBe(404);
  });

  it('answers an over-long path parameter in Notify’s shape', async () => {
    const response = await request(herald.baseUrl)
      .get(`/v2/notifications/${'a'.repeat(5000)}`)
      .set('Authorization', auth());
    expect(response.body).toEqual(v2Error(414, 'A path parameter is longer than 100 characters'));
    expect(response.status).toBe(414);
  });

  it.each(['/v2/notifications/%zz', '/v2/template/%E0%A4%A/preview'])('answers the bad percent-encoding of %s in Notify’s shape', async (path) => {
    const response = await request(herald.baseUrl).get(path).set('Authorization', auth());
    expect(response.body).toEqual(v2Error(400, 'The URL is not valid: check its percent-encoding'));
    expect(response.status).toBe(400);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers headers too large for the server in Notify’s shape', async () => {
    const response = await request(herald.baseUrl)
      .get('/v2/notifications')
      .set('Authorization', auth())
      .set('X-Padding', 'x'.repeat(64 * 1024));
    expect(response.body).toEqual(v2Error(431, 'Request header fields too large'));
    expect(response.status).toBe(431);
  });

  it('keeps answering after those errors', async () => {
    await request(herald.baseUrl).get('/v2/notifications').set('Authorization', auth()).expect(200);
  });
});
