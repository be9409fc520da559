import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { HeraldConfig } from '@herald/config';
import { openAdministration } from '@herald/administration';
import { aTestConfig, bearerFor, eventually, heraldJson, HeraldUnderTest, TestApiKey } from '@herald/testing';

/** The tables an accepted send would read if keys, services, templates and senders were not kept in memory. */
const CACHED_TABLES = /\b(api_keys|services|templates|template_versions|email_reply_to_addresses|service_sms_senders)\b/;
/**
 * How long a change may take to reach the other API process. The caches keep an entry at most
 * 60 s without news, so a change seen well within this deadline was announced, not timed out.
 */
const ANNOUNCED_WITHIN_MS = 30_000;

/**
 * Two API processes on one database and one Redis (any number may run): each keeps services,
 * API keys, templates and senders in memory, and a change made anywhere (the other process's
 * internal API, the CLI, Herald's own code) reaches both through Redis pub/sub.
 */
describe('settings cached by every API process', () => {
  let config: HeraldConfig;
  let writer: HeraldUnderTest;
  let reader: HeraldUnderTest;

  beforeAll(async () => {
    config = await aTestConfig();
    writer = await HeraldUnderTest.start(config);
    reader = await HeraldUnderTest.start(config);
  });
  afterAll(async () => {
    await reader?.stop();
    await writer?.stop();
  });

  /** A live service with an email and a text template and a normal key, made through the writer. */
  const aSendingService = async () => {
    const service = await writer.scenario.aService();
    const key = await writer.scenario.anApiKey(service.id);
    const email = await writer.scenario.anEmailTemplate(service.id, { subject: 'Hello', content: 'First wording, ((name))' });
    const sms = await writer.scenario.anSmsTemplate(service.id, { content: 'Your code is ((name))' });
    return { service, key, email, sms };
  };
  const sendEmail = (herald: HeraldUnderTest, key: TestApiKey, templateId: string) =>
    request(herald.baseUrl)
      .post('/v2/notifications/email')
      .set('Authorization', bearerFor(key.serviceId, key.secret))
      .send({ email_address: 'someone@example.com', template_id: templateId, personalisation: { name: 'Jo' } });
  const sendSms = (herald: HeraldUnderTest, key: TestApiKey, templateId: string) =>
    request(herald.baseUrl)
      .post('/v2/notifications/sms')
      .set('Authorization', bearerFor(key.serviceId, key.secret))
      .send({ phone_number: '07700 900 456', template_id: templateId, personalisation: { name: '1234' } });

  /** The SQL `herald` sends through TypeORM while `work` runs: a read of a cached setting on a miss shows here. */
  const queriesDuring = async (herald: HeraldUnderTest, work: () => Promise<unknown>): Promise<string[]> => {
    const logger = herald.get(DataSource).logger;
    const logQuery = logger.logQuery;
    const seen: string[] = [];
    logger.logQuery = (query, parameters, runner) => {
      seen.push(query);
      return logQuery.call(logger, query, parameters, runner);
    };
    try {
      await work();
    } finally {
      logger.logQuery = logQuery;
    }
    return seen;
  };

  /** Both processes have sent with the key (so each holds the service, key and template), and the reader sends again without reading any of them. */
  const warmed = async (send: (herald: HeraldUnderTest) => request.Test) => {
    await send(writer).expect(201);
    await send(reader).expect(201);
    const queries = await queriesDuring(reader, () => send(reader).expect(201));
    expect(queries.filter((query) => CACHED_TABLES.test(query))).toEqual([]);
  };

  it('refuses a key revoked through the other process’s internal API', async () => {
    const { service, key, email } = await aSendingService();
    await warmed((herald) => sendEmail(herald, key, email.id));
    const manager = await writer.scenario.aUser({ serviceId: service.id, permissions: ['manage_api_keys'] });
    await writer.internalClient(await writer.scenario.aSession(manager.id)).apiIntegration.revokeKey(service.id, key.id);
    await eventually(async () => {
      const { status, body } = await sendEmail(reader, key, email.id);
      expect({ status, body }).toEqual({
        status: 403,
        body: { status_code: 403, errors: [{ error: 'AuthError', message: 'Invalid token: API key revoked' }] },
      });
    }, ANNOUNCED_WITHIN_MS);
  });

  it('sends the new version of a template changed with the CLI', async () => {
    const { service, key, email } = await aSendingService();
    await warmed((herald) => sendEmail(herald, key, email.id));
    const contentFile = join(mkdtempSync(join(tmpdir(), 'herald-cache-')), 'content.txt');
    writeFileSync(contentFile, 'Second wording, ((name))');
    await heraldJson(config, 'template', 'update', '--service', service.id, '--id', email.id, '--content-file', contentFile);
    await eventually(async () => {
      const { body } = await sendEmail(reader, key, email.id).expect(201);
      expect({ version: body.template.version, body: body.content.body }).toEqual({ version: 2, body: 'Second wording, Jo' });
    }, ANNOUNCED_WITHIN_MS);
  });

  it('applies a rate limit changed through the administration services (the CLI’s path)', async () => {
    const { service, key, email } = await aSendingService();
    await warmed((herald) => sendEmail(herald, key, email.id));
    const administration = await openAdministration(config);
    try {
      await administration.services.update(await administration.users.operator(), service.id, { rateLimit: 1 });
    } finally {
      await administration.close();
    }
    // A rate limit of 1 a minute holds 2 tokens: the old limit's bucket of 1000 shrinks to it, then runs out.
    await eventually(async () => {
      const { status, body } = await sendEmail(reader, key, email.id);
      expect({ status, body }).toEqual({
        status: 429,
        body: { status_code: 429, errors: [{ error: 'RateLimitError', message: 'Exceeded rate limit for key type LIVE of 1 requests per 60 seconds' }] },
      });
    }, ANNOUNCED_WITHIN_MS);
  });

  it('refuses the keys of a service archived by Herald’s own code in the other process', async () => {
    const { service, key, email } = await aSendingService();
    await warmed((herald) => sendEmail(herald, key, email.id));
    await writer.scenario.anArchivedService(service.id);
    await eventually(async () => {
      const { status, body } = await sendEmail(reader, key, email.id);
      expect({ status, body }).toEqual({
        status: 403,
        body: { status_code: 403, errors: [{ error: 'AuthError', message: 'Invalid token: service is archived' }] },
      });
    }, ANNOUNCED_WITHIN_MS);
  });

  it('sends from the new default text sender once the other process changes it', async () => {
    const { service, key, sms } = await aSendingService();
    await writer.scenario.anSmsSender(service.id, 'FIRSTSEND');
    await warmed((herald) => sendSms(herald, key, sms.id));
    expect((await sendSms(reader, key, sms.id).expect(201)).body.content.from_number).toBe('FIRSTSEND');
    const manager = await writer.scenario.aUser({ serviceId: service.id, permissions: ['manage_service'] });
    const settings = writer.internalClient(await writer.scenario.aSession(manager.id)).settings;
    const second = await settings.addSmsSender(service.id, { sms_sender: 'SECONDSEND', is_default: false });
    await settings.makeSmsSenderDefault(service.id, second.id);
    await eventually(async () => {
      expect((await sendSms(reader, key, sms.id).expect(201)).body.content.from_number).toBe('SECONDSEND');
    }, ANNOUNCED_WITHIN_MS);
  });
});
