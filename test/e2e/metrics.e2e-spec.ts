import request from 'supertest';
import { loadConfig, type ConfigSource } from '@herald/config';
import { aTestConfig, bearerFor, eventually, HeraldUnderTest, LoopbackCallbacks, LoopbackSmtp, LoopbackTwilio, type TestApiKey } from '@herald/testing';
import { faultSettings } from '../fault/support/fault-settings';
import { WorkerProcess } from '../fault/support/worker-process';
import { aDepartmentOn } from './support/callback-departments';
import { Sample, samplesOf, valueOf } from './support/prometheus-samples';

const RECIPIENT_EMAIL = 'metrics.person@example.com';
const RECIPIENT_PHONE = '07700 900 462';
const PHONE_FORMS = ['07700 900 462', '07700900462', '+447700900462', '447700900462'];
const PERSONALISATION = { name: 'Zebedee Quackenbush', date: '31 February, flat 9b', code: '482913' };
const REFERENCE = 'case-file-88412';
const QUEUES = ['send-email', 'send-sms', 'send-letter', 'scheduled-tasks', 'service-callbacks', 'process-job'];

/**
 * Issue 14, point 7: /metrics on the API and on a standalone worker (a process of its own, as in
 * production), after an email and a text went through them to loopback SMTP and Twilio servers.
 */
describe('Prometheus metrics on the API and on a worker', () => {
  let smtp: LoopbackSmtp;
  let twilio: LoopbackTwilio;
  let endpoints: LoopbackCallbacks;
  let settings: ConfigSource;
  let herald: HeraldUnderTest;
  let worker: WorkerProcess;
  let key: TestApiKey;
  /** Everything that must never appear in a label: who was sent what, and the ids of it all. */
  let secrets: string[];
  let api: Sample[];
  let apiText: string;
  let workerText: string;
  let workerSamples: Sample[];

  const post = (channel: 'email' | 'sms', body: object, as: TestApiKey = key) =>
    request(herald.baseUrl).post(`/v2/notifications/${channel}`).set('Authorization', bearerFor(as.serviceId, as.secret)).send(body);

  const scrape = async (url: string): Promise<{ text: string; contentType: string | null }> => {
    const response = await fetch(`${url}/metrics`);
    if (!response.ok) throw new Error(`${url}/metrics answered ${response.status}`);
    return { text: await response.text(), contentType: response.headers.get('content-type') };
  };

  beforeAll(async () => {
    smtp = await new LoopbackSmtp().start();
    twilio = await new LoopbackTwilio().start();
    endpoints = await new LoopbackCallbacks().start();
    settings = await faultSettings({ SMTP_URL: smtp.url, SMTP_DELIVERED_ON_ACCEPT: 'true', ALLOW_PRIVATE_CALLBACK_URLS: 'true', ...twilio.configFor() });
    herald = await HeraldUnderTest.start(loadConfig(settings));
    worker = new WorkerProcess({ ...settings, LOG_LEVEL: 'log' }).start();

    // A service with a delivery-status callback: the email's `delivered` is reported to it.
    const department = await aDepartmentOn(herald, endpoints);
    key = department.live;
    const email = await post('email', {
      email_address: RECIPIENT_EMAIL,
      template_id: department.emailTemplate,
      personalisation: PERSONALISATION,
      reference: REFERENCE,
    }).expect(201);
    const sms = await post('sms', {
      phone_number: RECIPIENT_PHONE,
      template_id: department.smsTemplate,
      personalisation: PERSONALISATION,
      reference: REFERENCE,
    }).expect(201);
    await request(herald.baseUrl).get(`/v2/notifications/${email.body.id}`).set('Authorization', bearerFor(key.serviceId, key.secret)).expect(200);

    // 6 requests a minute hold 3 tokens: 3 refused bodies spend them (the limit comes before the body), the 4th is refused with 429.
    const limited = await herald.scenario.aService({ live: true, settings: { rateLimit: 6 } });
    const limitedKey = await herald.scenario.anApiKey(limited.id);
    for (let i = 0; i < 3; i++) await post('email', {}, limitedKey).expect(400);
    await post('email', {}, limitedKey).expect(429);

    await smtp.waitFor(1);
    await eventually(async () => expect(twilio.messages).toHaveLength(1));
    await eventually(async () => expect(endpoints.to(department.path)).toHaveLength(1));
    secrets = [
      RECIPIENT_EMAIL,
      ...PHONE_FORMS,
      ...Object.values(PERSONALISATION),
      REFERENCE,
      email.body.id,
      sms.body.id,
      department.serviceId,
      department.token,
      limited.id,
      key.secret,
      department.emailTemplate,
      department.smsTemplate,
    ];

    const fromApi = await scrape(herald.baseUrl);
    expect(fromApi.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    apiText = fromApi.text;
    api = samplesOf(apiText);
    const workerUrl = `http://127.0.0.1:${await worker.healthPort()}`;
    // Counted as each job completes, just after the provider took the message.
    workerText = await eventually(async () => {
      const { text } = await scrape(workerUrl);
      expect(valueOf(samplesOf(text), 'herald_notification_handoff_seconds_count', { channel: 'sms' })).toBe(1);
      expect(valueOf(samplesOf(text), 'herald_notification_handoff_seconds_count', { channel: 'email' })).toBe(1);
      expect(valueOf(samplesOf(text), 'herald_callbacks_total', { type: 'delivery_status', outcome: 'sent' })).toBe(1);
      return text;
    }).catch((error: Error) => {
      throw new Error(`${error.message}\nThe worker printed:\n${worker.output}`);
    });
    workerSamples = samplesOf(workerText);
  }, 240_000);

  afterAll(async () => {
    await worker?.stop();
    await herald?.stop();
    await smtp?.stop();
    await twilio?.stop();
    await endpoints?.stop();
  });

  it('counts on the API the notifications it created, by channel', () => {
    expect(valueOf(api, 'herald_notifications_created_total', { channel: 'email' })).toBe(1);
    expect(valueOf(api, 'herald_notifications_created_total', { channel: 'sms' })).toBe(1);
  });

  it('times the API’s requests by route pattern and status, never by the URL', () => {
    const requests = (route: string, status: string) => valueOf(api, 'herald_http_request_duration_seconds_count', { route, status });
    expect(requests('/v2/notifications/email', '201')).toBe(1);
    expect(requests('/v2/notifications/sms', '201')).toBe(1);
    expect(requests('/v2/notifications/:notificationId', '200')).toBe(1);
    expect(requests('/v2/notifications/email', '400')).toBe(3);
    expect(valueOf(api, 'herald_http_request_duration_seconds_bucket', { route: '/v2/notifications/email', status: '201', le: '+Inf' })).toBe(1);
  });

  it('counts a request the rate limit refused', () => {
    expect(valueOf(api, 'herald_http_request_duration_seconds_count', { route: '/v2/notifications/email', status: '429' })).toBe(1);
    expect(valueOf(api, 'herald_limit_refusals_total', { limit: 'rate' })).toBe(1);
  });

  it('counts on the worker the notifications that reached a final status, and the provider calls by outcome', () => {
    expect(valueOf(workerSamples, 'herald_notifications_finished_total', { channel: 'email', status: 'delivered' })).toBe(1);
    // A text waits for Twilio's receipt: handed over, not finished.
    expect(valueOf(workerSamples, 'herald_notifications_finished_total', { channel: 'sms', status: 'delivered' })).toBeUndefined();
    const calls = (channel: string, provider: string) =>
      valueOf(workerSamples, 'herald_provider_call_duration_seconds_count', { channel, provider, outcome: 'accepted' });
    expect(calls('email', 'smtp')).toBe(1);
    expect(calls('sms', 'twilio')).toBe(1);
  });

  it('counts on the worker the callback it sent to the service', () => {
    expect(valueOf(workerSamples, 'herald_callbacks_total', { type: 'delivery_status', outcome: 'sent' })).toBe(1);
    expect(valueOf(workerSamples, 'herald_callbacks_total', { type: 'delivery_status', outcome: 'failed' })).toBeUndefined();
  });

  it('shows the depth of every queue on both, read when scraped', () => {
    for (const samples of [api, workerSamples]) {
      for (const queue of QUEUES) {
        expect({ queue, waiting: valueOf(samples, 'herald_queue_jobs', { queue, state: 'waiting' }) }).toEqual({ queue, waiting: expect.any(Number) });
      }
      expect(valueOf(samples, 'herald_queue_jobs', { queue: 'send-email', state: 'failed' })).toBe(0);
    }
  });

  it('includes the process’s own metrics on both', () => {
    for (const samples of [api, workerSamples]) {
      expect(valueOf(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
      expect(valueOf(samples, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    }
  });

  it('holds no recipient, personalisation, reference or id in either answer', () => {
    const found = secrets.filter((secret) => apiText.includes(secret) || workerText.includes(secret));
    expect(found).toEqual([]);
    expect(apiText).toContain('herald_notifications_created_total');
  });
});

/** The embedded start runs the API and a worker in one process: its one /metrics, the API's, shows both. */
describe('Prometheus metrics of an API and a worker in one process', () => {
  let herald: HeraldUnderTest;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig(), { worker: true });
  });
  afterAll(async () => {
    await herald.stop();
  });

  it('shows at the API’s /metrics what the worker counted', async () => {
    // Counts so far: the suite above ran an API in this (jest's) process too.
    const scrape = async () => samplesOf(await (await fetch(`${herald.baseUrl}/metrics`)).text());
    const before = await scrape();
    const moved = (after: Sample[], name: string, labels: Record<string, string>) => (valueOf(after, name, labels) ?? 0) - (valueOf(before, name, labels) ?? 0);
    const service = await herald.scenario.aService({ live: true });
    // A test key: the simulated provider takes it, and it is delivered at once.
    const testKey = await herald.scenario.anApiKey(service.id, 'test');
    const template = await herald.scenario.anEmailTemplate(service.id);
    await request(herald.baseUrl)
      .post('/v2/notifications/email')
      .set('Authorization', bearerFor(testKey.serviceId, testKey.secret))
      .send({ email_address: RECIPIENT_EMAIL, template_id: template.id, personalisation: PERSONALISATION })
      .expect(201);
    // The final status is counted as it is written, the hand-off once the worker has heard it back: wait for both.
    const after = await eventually(async () => {
      const samples = await scrape();
      expect(moved(samples, 'herald_notifications_finished_total', { channel: 'email', status: 'delivered' })).toBe(1);
      expect(moved(samples, 'herald_notification_handoff_seconds_count', { channel: 'email' })).toBe(1);
      return samples;
    });
    expect(moved(after, 'herald_notifications_created_total', { channel: 'email' })).toBe(1);
    expect(moved(after, 'herald_provider_call_duration_seconds_count', { channel: 'email', provider: 'simulated', outcome: 'accepted' })).toBe(1);
    expect(valueOf(after, 'herald_queue_jobs', { queue: 'send-email', state: 'failed' })).toBe(0);
  });
});
