import { request as httpRequest, IncomingMessage } from 'node:http';
import request from 'supertest';
import { aTestConfig, bearerFor, HeraldUnderTest, notifyToken, TestApiKey, WAIT_DEADLINE_MS } from '@herald/testing';

const DECLARED_BYTES = 14 * 1024 * 1024;
const FIRST_CHUNK = Buffer.alloc(64 * 1024, 'a');

interface EarlyAnswer {
  readonly status: number;
  readonly connection: string | undefined;
  readonly body: unknown;
}

/**
 * Declares a 14 MB body, sends only its first 64 KB and waits for the answer: a server that read
 * the whole body before checking the key would never answer.
 */
function postWithoutFinishing(baseUrl: string, path: string, authorization?: string): Promise<EarlyAnswer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { 'Content-Type': 'application/json', 'Content-Length': DECLARED_BYTES };
    if (authorization) headers.Authorization = authorization;
    const req = httpRequest(`${baseUrl}${path}`, { method: 'POST', headers });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error('No answer before the body was sent: the server waited for the whole body'));
    }, WAIT_DEADLINE_MS);
    req.on('response', (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        clearTimeout(timer);
        req.destroy();
        resolve({ status: response.statusCode ?? 0, connection: response.headers.connection, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      });
    });
    // The server may close the connection on us once it has answered: that is the point.
    req.on('error', () => undefined);
    req.write(FIRST_CHUNK);
  });
}

/** Issue 9, point 8: the API key is checked before the body is read. */
describe('authentication before the body is read', () => {
  let herald: HeraldUnderTest;
  let key: TestApiKey;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    key = await herald.scenario.anApiKey((await herald.scenario.aService()).id);
  });
  afterAll(() => herald.stop());

  it('answers a 14 MB post without a key with 401 before the body has arrived, and closes the connection', async () => {
    const answer = await postWithoutFinishing(herald.baseUrl, '/v2/notifications/email');
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ status_code: 401, errors: [{ error: 'AuthError', message: 'Unauthorized: authentication token must be provided' }] });
    expect(answer.connection).toBe('close');
  });

  it('answers a 14 MB post with a wrong key with 403 before the body has arrived', async () => {
    const token = notifyToken('not-the-secret', { iss: key.serviceId, iat: Math.round(Date.now() / 1000) });
    const answer = await postWithoutFinishing(herald.baseUrl, '/v2/notifications/letter', `Bearer ${token}`);
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual({ status_code: 403, errors: [{ error: 'AuthError', message: 'Invalid token: API key not found' }] });
  });

  it('still reads the body of an authenticated request', async () => {
    const response = await request(herald.baseUrl).post('/v2/notifications/email').set('Authorization', bearerFor(key.serviceId, key.secret)).send({});
    expect(response.body.errors[0]).toEqual({ error: 'ValidationError', message: 'email_address is a required property' });
  });

  it('keeps answering other requests', async () => {
    await request(herald.baseUrl).get('/_status?simple=1').expect(200);
  });
});
