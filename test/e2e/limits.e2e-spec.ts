import request from 'supertest';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { aTestConfig, bearerFor, HeraldUnderTest, TestApiKey } from '@herald/testing';

const error = (status: number, name: string, message: string) => ({ status_code: status, errors: [{ error: name, message }] });

describe('limits (docs/api-contract.md §7)', () => {
  let herald: HeraldUnderTest;
  let redis: Redis;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    redis = new Redis(herald.config.redisUrl);
  });
  afterAll(async () => {
    redis.disconnect();
    await herald.stop();
  });

  /** A service with one email template and keys of each type, its limits set as given. */
  const aLimitedService = async (limits: { rateLimit?: number; emailMessageLimit?: number }, live = true) => {
    const service = await herald.scenario.aService({ live, settings: limits });
    const teamMember = await herald.scenario.aTeamMember(service.id);
    const template = await herald.scenario.anEmailTemplate(service.id, { subject: 'Hi', content: 'Hello ((name))' });
    const keys = {
      live: await herald.scenario.anApiKey(service.id, 'normal'),
      team: await herald.scenario.anApiKey(service.id, 'team'),
      test: await herald.scenario.anApiKey(service.id, 'test'),
    };
    const send = (key: TestApiKey, body: object = { email_address: teamMember, template_id: template.id, personalisation: { name: 'A' } }) =>
      request(herald.baseUrl).post('/v2/notifications/email').set('Authorization', bearerFor(key.serviceId, key.secret)).send(body);
    const stored = async () => Number((await herald.get(DataSource).query('SELECT count(*) AS n FROM notifications WHERE service_id = $1', [service.id]))[0].n);
    return { service, keys, send, stored, template };
  };

  describe('the rate limit', () => {
    it('refuses the request after the bucket is empty, with Notify’s message, and stores nothing', async () => {
      // 6 a minute holds min(ceil(6/3)+1, 1000) = 3 tokens.
      const { keys, send, stored } = await aLimitedService({ rateLimit: 6 });
      for (let i = 0; i < 3; i++) await send(keys.live).expect(201);
      const { body } = await send(keys.live).expect(429);
      expect(body).toEqual(error(429, 'RateLimitError', 'Exceeded rate limit for key type LIVE of 6 requests per 60 seconds'));
      expect(await stored()).toBe(3);
    });

    it('keeps a bucket per key type', async () => {
      const { keys, send } = await aLimitedService({ rateLimit: 3 });
      await send(keys.live).expect(201);
      await send(keys.live).expect(201);
      await send(keys.live).expect(429);
      await send(keys.team).expect(201);
      await send(keys.test).expect(201);
      await send(keys.test).expect(201);
      expect((await send(keys.test).expect(429)).body).toEqual(
        error(429, 'RateLimitError', 'Exceeded rate limit for key type TEST of 3 requests per 60 seconds'),
      );
      await send(keys.team, {}).expect(400);
      expect((await send(keys.team).expect(429)).body).toEqual(
        error(429, 'RateLimitError', 'Exceeded rate limit for key type TEAM of 3 requests per 60 seconds'),
      );
    });

    it('counts requests that then fail validation, as Notify does', async () => {
      const { keys, send } = await aLimitedService({ rateLimit: 3 });
      await send(keys.live, {}).expect(400);
      await send(keys.live, {}).expect(400);
      await send(keys.live).expect(429);
    });

    it('does not limit reading', async () => {
      const { keys, send } = await aLimitedService({ rateLimit: 3 });
      await send(keys.live).expect(201);
      await send(keys.live).expect(201);
      for (let i = 0; i < 4; i++) {
        await request(herald.baseUrl).get('/v2/notifications').set('Authorization', bearerFor(keys.live.serviceId, keys.live.secret)).expect(200);
      }
    });

    it('still works once Redis has forgotten the script (EVALSHA falls back to EVAL)', async () => {
      const { keys, send } = await aLimitedService({ rateLimit: 3 });
      await redis.script('FLUSH');
      await send(keys.live).expect(201);
      await send(keys.live).expect(201);
      await send(keys.live).expect(429);
    });
  });

  describe('daily limits', () => {
    const counterKey = (serviceId: string, type: string) =>
      `${herald.config.queuePrefix}:limits:daily:${serviceId}:${type}:${new Date().toISOString().slice(0, 10)}`;

    it('refuses the send that would pass the limit, with Notify’s message, and stores nothing', async () => {
      const { keys, send, stored } = await aLimitedService({ emailMessageLimit: 2 });
      await send(keys.live).expect(201);
      await send(keys.team).expect(201);
      const { body } = await send(keys.live).expect(429);
      expect(body).toEqual(error(429, 'TooManyRequestsError', 'Exceeded send limits (email: 2) for today'));
      expect(await stored()).toBe(2);
    });

    it('does not count requests that fail', async () => {
      const { keys, send, template } = await aLimitedService({ emailMessageLimit: 2 });
      await send(keys.live, { email_address: 'x@example.com', template_id: template.id }).expect(400);
      await send(keys.live, { email_address: 'not an email', template_id: template.id, personalisation: { name: 'A' } }).expect(400);
      await send(keys.live).expect(201);
      await send(keys.live).expect(201);
      await send(keys.live).expect(429);
    });

    it('never counts test keys', async () => {
      const { service, keys, send } = await aLimitedService({ emailMessageLimit: 1 });
      for (let i = 0; i < 3; i++) await send(keys.test).expect(201);
      expect(await redis.get(counterKey(service.id, 'email'))).toBeNull();
      await send(keys.live).expect(201);
      await send(keys.live).expect(429);
    });

    it('checks a trial service’s test key against the live defaults', async () => {
      const { keys, send } = await aLimitedService({ emailMessageLimit: 1 }, false);
      await send(keys.live).expect(201);
      await send(keys.live).expect(429);
      await send(keys.test).expect(201);
    });

    it('keeps the count in Redis until the end of the UTC day, and never counts rows when it is missing', async () => {
      const { service, keys, send } = await aLimitedService({ emailMessageLimit: 2 });
      await send(keys.live).expect(201);
      await send(keys.live).expect(201);
      const key = counterKey(service.id, 'email');
      expect(await redis.get(key)).toBe('2');
      const ttl = await redis.ttl(key);
      expect(ttl).toBeGreaterThan(3600);
      expect(ttl).toBeLessThanOrEqual(25 * 3600);
      await redis.del(key);
      await send(keys.live).expect(201);
      expect(await redis.get(key)).toBe('1');
    });
  });
});
