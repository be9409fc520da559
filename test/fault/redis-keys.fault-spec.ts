import Redis from 'ioredis';
import { aTestConfig, bearerFor, eventually, HeraldUnderTest, LoopbackCallbacks, LoopbackTwilio, TestApiKey } from '@herald/testing';
import { aDepartmentOn } from '../e2e/support/callback-departments';
import { MessageIdSmtp } from './support/message-id-smtp';
import { OwnRedis } from './support/own-redis';
import { hashTagOf } from './support/redis-hash-tag';
import { postTwilioReceipt } from './support/twilio-receipts';

const PUBLIC_URL = 'https://herald.keys.example';
const PHONE = '07123900001';

/**
 * Issue 14, point 6: on a Redis Cluster, BullMQ's scripts, the limits' MULTI and Lua, and the
 * request log's MULTI each touch several keys at once, which a cluster allows only within one slot.
 * Every key Herald writes starts with QUEUE_PREFIX, whose `{hash tag}` puts them all in one slot.
 * A Redis of the test's own holds nothing else, so every key found afterwards is Herald's.
 */
describe('the keys Herald writes in Redis', () => {
  const redis = new OwnRedis();
  const smtp = new MessageIdSmtp();
  const twilio = new LoopbackTwilio();
  const endpoints = new LoopbackCallbacks();
  let herald: HeraldUnderTest | undefined;
  let client: Redis | undefined;

  afterAll(async () => {
    client?.disconnect();
    await herald?.stop();
    await Promise.all([smtp.stop(), twilio.stop(), endpoints.stop()]);
    await redis.stop();
  });

  it("all carry QUEUE_PREFIX's hash tag after an email, a text, its receipt and its callback", async () => {
    await Promise.all([redis.start(), smtp.start(), twilio.start(), endpoints.start()]);
    const config = await aTestConfig({ REDIS_URL: redis.url, SMTP_URL: smtp.url, ...twilio.configFor('TWILIO_'), API_BASE_URL: PUBLIC_URL });
    herald = await HeraldUnderTest.start(config, { worker: true });
    const department = await aDepartmentOn(herald, endpoints);

    const email = await send(herald, department.live, 'email', {
      email_address: 'keys@example.com',
      template_id: department.emailTemplate,
      personalisation: { name: 'Kit', date: 'Monday' },
    });
    await send(herald, department.live, 'sms', { phone_number: PHONE, template_id: department.smsTemplate, personalisation: { code: '123456' } });
    await eventually(async () => expect(smtp.countOf([email]).unique).toBe(1));
    const text = await twilio.waitForMessageTo(`+44${PHONE.slice(1)}`);
    expect(await postTwilioReceipt(herald.baseUrl, PUBLIC_URL, twilio, text, 'delivered')).toBe(204);
    await endpoints.waitFor(department.path);

    client = new Redis(redis.url);
    const keys = await allKeys(client);
    const prefix = config.queuePrefix;
    console.log(`[redis keys] ${keys.length} keys under ${prefix}, by family: ${JSON.stringify(families(keys, prefix))}`);
    expect(keys.filter((key) => hashTagOf(key) !== hashTagOf(prefix))).toEqual([]);
    expect(keys.filter((key) => !key.startsWith(`${prefix}:`))).toEqual([]);
    // The check saw every kind of key a send writes, not just the queues.
    expect(Object.keys(families(keys, prefix))).toEqual(
      expect.arrayContaining(['send-email', 'send-sms', 'service-callbacks', 'scheduled-tasks', 'limits', 'api-requests', 'sms-provider']),
    );
  }, 180_000);
});

describe('hashTagOf, as Redis Cluster reads a key', () => {
  it.each([
    ['{herald}:send-email:wait', 'herald'],
    ['herald-{prod}:limits:rate', 'prod'],
    ['{}herald:send-email', '{}herald:send-email'],
    ['herald:send-email', 'herald:send-email'],
    ['{a}{b}', 'a'],
  ])('finds the slot of %s by %s', (key, tag) => {
    expect(hashTagOf(key)).toBe(tag);
  });
});

async function send(herald: HeraldUnderTest, key: TestApiKey, channel: 'email' | 'sms', body: object): Promise<string> {
  const response = await fetch(`${herald.baseUrl}/v2/notifications/${channel}`, {
    method: 'POST',
    headers: { Authorization: bearerFor(key.serviceId, key.secret), 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function allKeys(client: Redis): Promise<string[]> {
  const keys: string[] = [];
  for await (const batch of client.scanStream({ count: 1000 })) keys.push(...(batch as string[]));
  return keys.sort();
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
