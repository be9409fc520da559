import request from 'supertest';
import { aTestConfig, bearerFor, eventually, HeraldUnderTest, LoopbackSmtp } from '@herald/testing';
import { assertRedisReachable } from '@herald/redis';

/**
 * Persist first, queue second: when Redis cannot take the job, the request still succeeds once
 * the row is stored, and the worker's replay sweep sends it later.
 */
describe('when Redis is unreachable at enqueue time', () => {
  const smtp = new LoopbackSmtp();
  let api: HeraldUnderTest;
  let worker: HeraldUnderTest | undefined;

  beforeAll(() => smtp.start());
  afterAll(async () => {
    await worker?.stop();
    await api.stop();
    await smtp.stop();
  });

  it('stores the email, answers 201, and the sweep sends it once Redis is back', async () => {
    const config = await aTestConfig({ SMTP_URL: smtp.url, REPLAY_AFTER_SECONDS: '1', SWEEP_INTERVAL_SECONDS: '1' });
    // The API sees a Redis that is not there; the worker (started later) sees the real one.
    api = await HeraldUnderTest.start({ ...config, redisUrl: 'redis://127.0.0.1:1' });
    const service = await api.scenario.aService();
    const key = await api.scenario.anApiKey(service.id);
    const template = await api.scenario.anEmailTemplate(service.id, { subject: 'Hello', content: 'Hi ((name))' });

    const response = await request(api.baseUrl)
      .post('/v2/notifications/email')
      .set('Authorization', bearerFor(key.serviceId, key.secret))
      .send({ email_address: 'kept@example.com', template_id: template.id, personalisation: { name: 'Kit' } });
    expect(response.status).toBe(201);
    const statusOf = async () =>
      (await request(api.baseUrl).get(`/v2/notifications/${response.body.id}`).set('Authorization', bearerFor(key.serviceId, key.secret)).expect(200)).body
        .status;
    expect(await statusOf()).toBe('created');

    worker = await HeraldUnderTest.start(config, { worker: true });
    const mail = await smtp.waitForMessageTo('kept@example.com');
    expect(mail.text).toContain('Hi Kit');
    await eventually(async () => expect(await statusOf()).toBe('sending'));
  });
});

describe('the embedded start-up check', () => {
  it('names REDIS_URL and why when Redis is not there', async () => {
    await expect(assertRedisReachable('redis://127.0.0.1:1', 1000)).rejects.toThrow(
      /cannot reach Redis at 127\.0\.0\.1:1 \(REDIS_URL\): connect ECONNREFUSED 127\.0\.0\.1:1\. Start Redis there, or set REDIS_URL/,
    );
  });

  it('passes when Redis answers', async () => {
    await expect(assertRedisReachable('redis://127.0.0.1:6379')).resolves.toBeUndefined();
  });
});
