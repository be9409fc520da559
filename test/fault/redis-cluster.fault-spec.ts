import { randomBytes } from 'node:crypto';
import type { HeraldConfig } from '@herald/config';
import { aTestConfig, bearerFor, eventually, HeraldUnderTest, LoopbackCallbacks, LoopbackTwilio, TestApiKey } from '@herald/testing';
import { aDepartmentOn } from '../e2e/support/callback-departments';
import { MessageIdSmtp } from './support/message-id-smtp';
import { OwnRedisCluster } from './support/own-redis-cluster';
import { hashTagOf } from './support/redis-hash-tag';
import { postTwilioReceipt } from './support/twilio-receipts';
import { WorkerProcess } from './support/worker-process';

const PUBLIC_URL = 'https://herald.cluster.example';
const PHONE = '07123900002';
/** Well within the minute a cache keeps an entry without news: a key refused sooner was announced over pub/sub. */
const ANNOUNCED_WITHIN_MS = 10_000;

/**
 * Issue 14, point 6: Herald on a Redis Cluster of three masters (REDIS_CLUSTER=true, REDIS_URL a
 * seed node). BullMQ's scripts, the limits' Lua, the request log and the SMS providers' health all
 * touch several keys at once, which a cluster allows only within one slot: QUEUE_PREFIX's hash
 * tag puts every key there. The settings caches hear changes over the cluster's pub/sub.
 */
describe('Herald on a Redis Cluster', () => {
  const cluster = new OwnRedisCluster();
  const smtp = new MessageIdSmtp();
  const twilio = new LoopbackTwilio();
  const endpoints = new LoopbackCallbacks();
  let config: HeraldConfig;
  let herald: HeraldUnderTest | undefined;
  let otherApi: HeraldUnderTest | undefined;
  let worker: WorkerProcess | undefined;

  beforeAll(async () => {
    await Promise.all([cluster.start(), smtp.start(), twilio.start(), endpoints.start()]);
    config = await aTestConfig({
      REDIS_URL: cluster.url,
      REDIS_CLUSTER: 'true',
      QUEUE_PREFIX: `herald-{cluster-${randomBytes(4).toString('hex')}}`,
      SMTP_URL: smtp.url,
      ...twilio.configFor('TWILIO_'),
      API_BASE_URL: PUBLIC_URL,
    });
    herald = await HeraldUnderTest.start(config, { worker: true });
    // A second API process on the same database and cluster: it hears settings changes over pub/sub.
    otherApi = await HeraldUnderTest.start(config);
  }, 180_000);

  afterAll(async () => {
    await worker?.stop();
    await otherApi?.stop();
    await herald?.stop();
    await Promise.all([smtp.stop(), twilio.stop(), endpoints.stop()]);
    await cluster.stop();
  });

  it('is ready: /_status/ready asks the cluster', async () => {
    const response = await fetch(`${herald!.baseUrl}/_status/ready`);
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 200,
      body: { status: 'ok', database: 'ok', migrations: 'ok', redis: 'ok', process: 'ok' },
    });
  });

  it('delivers an email and a text, takes the receipt and calls back, with every key on the master of the prefix’s slot', async () => {
    const department = await aDepartmentOn(herald!, endpoints);
    const email = await send(herald!, department.live, 'email', {
      email_address: 'cluster@example.com',
      template_id: department.emailTemplate,
      personalisation: { name: 'Kit', date: 'Monday' },
    });
    await send(herald!, department.live, 'sms', { phone_number: PHONE, template_id: department.smsTemplate, personalisation: { code: '123456' } });
    await eventually(async () => expect(smtp.countOf([email]).unique).toBe(1));
    const text = await twilio.waitForMessageTo(`+44${PHONE.slice(1)}`);
    expect(await postTwilioReceipt(herald!.baseUrl, PUBLIC_URL, twilio, text, 'delivered')).toBe(204);
    await endpoints.waitFor(department.path);

    const home = await cluster.masterOf(config.queuePrefix);
    const keys = await cluster.keysOn(home.port);
    console.log(
      `[redis cluster] slot ${home.slot} on 127.0.0.1:${home.port}: ${keys.length} keys, by family: ${JSON.stringify(families(keys, config.queuePrefix))}`,
    );
    expect(keys.filter((key) => hashTagOf(key) !== hashTagOf(config.queuePrefix))).toEqual([]);
    // Queues, the limits' counters (the daily limit's Lua ran), the request log and the SMS providers' health.
    expect(Object.keys(families(keys, config.queuePrefix))).toEqual(
      expect.arrayContaining(['send-email', 'send-sms', 'service-callbacks', 'scheduled-tasks', 'limits', 'api-requests', 'sms-provider']),
    );
    for (const port of cluster.ports.filter((port) => port !== home.port)) expect(await cluster.keysOn(port)).toEqual([]);
  }, 180_000);

  it('refuses a send over the rate limit (the token bucket’s Lua runs on the cluster)', async () => {
    // 6 a minute holds min(ceil(6/3)+1, 1000) = 3 tokens (test/e2e/limits.e2e-spec.ts).
    const service = await herald!.scenario.aService({ settings: { rateLimit: 6 } });
    const key = await herald!.scenario.anApiKey(service.id, 'normal');
    const template = await herald!.scenario.anEmailTemplate(service.id, { subject: 'Hi', content: 'Hello ((name))' });
    const body = { email_address: 'limited@example.com', template_id: template.id, personalisation: { name: 'A' } };
    for (let i = 0; i < 3; i++) expect((await post(herald!, key, 'email', body)).status).toBe(201);
    const refused = await post(herald!, key, 'email', body);
    expect({ status: refused.status, body: await refused.json() }).toEqual({
      status: 429,
      body: { status_code: 429, errors: [{ error: 'RateLimitError', message: 'Exceeded rate limit for key type LIVE of 6 requests per 60 seconds' }] },
    });
  }, 60_000);

  it('refuses, within seconds, a key revoked through the other API process (pub/sub across the cluster)', async () => {
    const service = await herald!.scenario.aService();
    const key = await herald!.scenario.anApiKey(service.id, 'normal');
    const template = await herald!.scenario.anEmailTemplate(service.id, { subject: 'Hi', content: 'Hello ((name))' });
    const body = { email_address: 'revoked@example.com', template_id: template.id, personalisation: { name: 'A' } };
    // Both processes hold the key in memory.
    expect((await post(herald!, key, 'email', body)).status).toBe(201);
    expect((await post(otherApi!, key, 'email', body)).status).toBe(201);
    const manager = await herald!.scenario.aUser({ serviceId: service.id, permissions: ['manage_api_keys'] });
    await herald!.internalClient(await herald!.scenario.aSession(manager.id)).apiIntegration.revokeKey(service.id, key.id);
    await eventually(async () => {
      const response = await post(otherApi!, key, 'email', body);
      expect({ status: response.status, body: await response.json() }).toEqual({
        status: 403,
        body: { status_code: 403, errors: [{ error: 'AuthError', message: 'Invalid token: API key revoked' }] },
      });
    }, ANNOUNCED_WITHIN_MS);
  }, 60_000);

  it('refuses to start on a cluster when QUEUE_PREFIX has no hash tag, naming it', async () => {
    worker = new WorkerProcess({
      REDIS_URL: cluster.url,
      REDIS_CLUSTER: 'true',
      QUEUE_PREFIX: 'herald',
      DATA_DIR: config.dataDir,
    }).start();
    await worker.printed('QUEUE_PREFIX: must contain a {hash tag} when REDIS_CLUSTER=true, e.g. {herald}');
    await eventually(async () => expect(worker!.running).toBe(false));
    expect((await worker.terminate()).code).toBe(1);
  }, 60_000);
});

function post(herald: HeraldUnderTest, key: TestApiKey, channel: 'email' | 'sms', body: object): Promise<Response> {
  return fetch(`${herald.baseUrl}/v2/notifications/${channel}`, {
    method: 'POST',
    headers: { Authorization: bearerFor(key.serviceId, key.secret), 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function send(herald: HeraldUnderTest, key: TestApiKey, channel: 'email' | 'sms', body: object): Promise<string> {
  const response = await post(herald, key, channel, body);
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** How many keys of each kind, by the first part after the prefix (a queue's name, `limits`, `api-requests`...). */
function families(keys: readonly string[], prefix: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) {
    const family = key.startsWith(`${prefix}:`) ? key.slice(prefix.length + 1).split(':')[0] : '(outside the prefix)';
    counts[family] = (counts[family] ?? 0) + 1;
  }
  return counts;
}
