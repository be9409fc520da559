import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { HeraldConfig } from '@herald/config';
import { FieldCipher } from '@herald/persistence';
import { aTestConfig } from '@herald/testing';
import { ApiRequestLog, ApiRequestRecord } from './api-request-log';

const entry = (n: number, keyId = 'key-1'): ApiRequestRecord => ({
  at: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
  method: 'POST',
  path: '/v2/notifications/email',
  status: 201,
  keyId,
  error: null,
});

const logFor = (config: HeraldConfig) => new ApiRequestLog(config, new FieldCipher(config.encryptionKey));

describe('ApiRequestLog', () => {
  it('keeps the latest 200 requests of a service for 7 days, newest first', async () => {
    const config = await aTestConfig();
    const log = logFor(config);
    await log.onModuleInit();
    const redis = new Redis(config.redisUrl);
    try {
      const serviceId = randomUUID();
      for (let n = 0; n < 205; n += 1) await log.record(serviceId, entry(n), true);
      const latest = await log.latest(serviceId, 500);
      expect(latest).toHaveLength(200);
      expect(latest[0]).toEqual(entry(204));
      const ttl = await redis.ttl(`${config.queuePrefix}:api-requests:${serviceId}`);
      expect(ttl).toBeGreaterThan(6 * 24 * 3600);
      expect(ttl).toBeLessThanOrEqual(7 * 24 * 3600);
      expect(await log.latest(randomUUID(), 50)).toEqual([]);
    } finally {
      log.onApplicationShutdown();
      redis.disconnect();
    }
  });

  it('keeps no personal data readable in Redis: an error that echoes the request is encrypted', async () => {
    const config = await aTestConfig();
    const log = logFor(config);
    await log.onModuleInit();
    const redis = new Redis(config.redisUrl);
    try {
      const serviceId = randomUUID();
      const refused = { ...entry(1), status: 400, error: "email_address ['jane.doe@example.com', '07700 900123'] is not of type string" };
      await log.record(serviceId, refused, true);
      const stored = await redis.lrange(`${config.queuePrefix}:api-requests:${serviceId}`, 0, -1);
      expect(stored).toHaveLength(1);
      expect(stored[0]).not.toContain('jane');
      expect(stored[0]).not.toContain('07700');
      expect(stored[0]).not.toContain('email_address');
      expect(await log.latest(serviceId, 50)).toEqual([refused]);
    } finally {
      log.onApplicationShutdown();
      redis.disconnect();
    }
  });

  it('counts only accepted requests as a key being used', async () => {
    const log = logFor(await aTestConfig());
    await log.onModuleInit();
    try {
      const serviceId = randomUUID();
      await log.record(serviceId, entry(1, 'accepted'), true);
      await log.record(serviceId, { ...entry(2, 'revoked'), status: 403, error: 'Invalid token: API key revoked' }, false);
      expect(Object.fromEntries(await log.lastUsed(serviceId))).toEqual({ accepted: entry(1).at });
    } finally {
      log.onApplicationShutdown();
    }
  });

  it('drops the record without failing while Redis is unreachable', async () => {
    const log = logFor(await aTestConfig({ REDIS_URL: 'redis://127.0.0.1:1' }));
    await log.onModuleInit();
    try {
      await expect(log.record(randomUUID(), entry(1), true)).resolves.toBeUndefined();
      await expect(log.latest(randomUUID(), 50)).rejects.toThrow();
    } finally {
      log.onApplicationShutdown();
    }
  });
});
