import { loadConfig } from '@herald/config';
import { NotificationRepository } from '@herald/persistence';
import { eventually, HeraldUnderTest } from '@herald/testing';
import { ContinuousSender } from './support/continuous-sender';
import { faultSettings } from './support/fault-settings';
import { MessageIdSmtp } from './support/message-id-smtp';
import { OwnRedis } from './support/own-redis';
import { WorkerProcess } from './support/worker-process';

/** What an orchestrator allows between SIGTERM and SIGKILL (docker stop, Kubernetes: 10 s). */
const EXIT_WITHIN_SECONDS = 10;
/** The SMTP server holds each reply this long: the send is in the worker's hands when SIGTERM comes. */
const HOLD_REPLY_MS = 3000;

/**
 * Issue 9, point 13. On SIGTERM a worker stops taking jobs, finishes what it holds and exits 0
 * within 10 s, whatever Redis is doing: answering, hung (SIGSTOP) or gone (SIGKILL).
 */
describe('a worker told to stop with SIGTERM', () => {
  const started: Array<{ stop(): Promise<unknown> }> = [];
  const worker = (settings: Record<string, string | undefined>) => {
    const process = new WorkerProcess({ ...settings, LOG_LEVEL: 'log' }).start();
    started.push({ stop: () => process.kill() });
    return process;
  };

  afterEach(async () => {
    for (const thing of started.splice(0).reverse()) await thing.stop();
  });

  it('finishes and records the send in hand, then exits 0 within 10 s, with Redis up', async () => {
    const smtp = await new MessageIdSmtp({ holdReplyMs: HOLD_REPLY_MS }).start();
    started.push(smtp);
    const settings = await faultSettings({ SMTP_URL: smtp.url });
    const accepted = await withOneEmailAccepted(settings, started);
    const stopping = worker(settings);
    await eventually(async () => expect(smtp.dataStarted).toBe(1), 60_000, 20).catch(withOutput(stopping));

    const ended = await report('Redis up, a send in hand', await stopping.terminate());
    expect({ code: ended.code, signal: ended.signal }).toEqual({ code: 0, signal: null });
    expect(ended.seconds).toBeLessThan(EXIT_WITHIN_SECONDS);
    expect(smtp.countOf([accepted.id])).toEqual({ received: 1, unique: 1, duplicates: 0 });
    expect(await statusOf(accepted)).toBe('sending');
  }, 120_000);

  it('answers on its own port: liveness always, readiness 503 while Redis is down and from the moment SIGTERM comes', async () => {
    const redis = await new OwnRedis().start();
    started.push(redis);
    const smtp = await new MessageIdSmtp({ holdReplyMs: HOLD_REPLY_MS }).start();
    started.push(smtp);
    const settings = await faultSettings({ SMTP_URL: smtp.url, REDIS_URL: redis.url });
    const stopping = worker(settings);
    const health = healthOf(await stopping.healthPort());
    expect(await health('/_status')).toEqual({ code: 200, body: { status: 'ok', process: 'ok' } });
    expect(await health('/_status/ready')).toEqual({
      code: 200,
      body: { status: 'ok', database: 'ok', migrations: 'ok', redis: 'ok', process: 'ok' },
    });

    redis.pause();
    await eventually(async () => expect(await health('/_status/ready')).toMatchObject({ code: 503, body: { status: 'error', redis: 'unavailable' } }), 60_000);
    expect(await health('/_status')).toEqual({ code: 200, body: { status: 'ok', process: 'ok' } });
    redis.resume();
    await eventually(async () => expect((await health('/_status/ready')).code).toBe(200), 60_000);

    const accepted = await withOneEmailAccepted(settings, started);
    await eventually(async () => expect(smtp.dataStarted).toBe(1), 60_000, 20).catch(withOutput(stopping));
    const ending = stopping.terminate();
    await eventually(async () => expect(await health('/_status/ready')).toMatchObject({ code: 503, body: { process: 'stopping' } }), 30_000, 20);
    const ended = await report('readiness while stopping', await ending);
    expect({ code: ended.code, signal: ended.signal }).toEqual({ code: 0, signal: null });
    expect(ended.seconds).toBeLessThan(EXIT_WITHIN_SECONDS);
    expect(await statusOf(accepted)).toBe('sending');
  }, 180_000);

  it('exits 0 within 10 s when its Redis hangs (SIGSTOP) with a send in hand, which is recorded', async () => {
    const redis = await new OwnRedis().start();
    started.push(redis);
    const smtp = await new MessageIdSmtp({ holdReplyMs: HOLD_REPLY_MS }).start();
    started.push(smtp);
    const settings = await faultSettings({ SMTP_URL: smtp.url, REDIS_URL: redis.url });
    // The API is stopped only after Redis answers again (below), or closing it would hang.
    const accepted = await withOneEmailAccepted(settings, started);
    started.push({ stop: async () => redis.resume() });
    const stopping = worker(settings);
    await eventually(async () => expect(smtp.dataStarted).toBe(1), 60_000, 20).catch(withOutput(stopping));

    redis.pause();
    const ended = await report('Redis hung (SIGSTOP), a send in hand', await stopping.terminate());
    expect({ code: ended.code, signal: ended.signal }).toEqual({ code: 0, signal: null });
    expect(ended.seconds).toBeLessThan(EXIT_WITHIN_SECONDS);
    expect(await statusOf(accepted)).toBe('sending');
  }, 120_000);

  it('exits 0 within 10 s when its Redis is gone (killed)', async () => {
    const redis = await new OwnRedis().start();
    started.push(redis);
    const stopping = worker(await faultSettings({ REDIS_URL: redis.url }));
    await stopping.printed('Worker started');

    await redis.kill();
    const ended = await report('Redis killed', await stopping.terminate());
    expect({ code: ended.code, signal: ended.signal }).toEqual({ code: 0, signal: null });
    expect(ended.seconds).toBeLessThan(EXIT_WITHIN_SECONDS);
  }, 120_000);
});

interface AcceptedEmail {
  readonly herald: HeraldUnderTest;
  readonly serviceId: string;
  readonly id: string;
}

/** The API in this process, with one email accepted through it (and queued). */
async function withOneEmailAccepted(settings: Record<string, string | undefined>, started: Array<{ stop(): Promise<unknown> }>): Promise<AcceptedEmail> {
  const herald = await HeraldUnderTest.start(loadConfig(settings));
  started.push(herald);
  const service = await herald.scenario.aService();
  const key = await herald.scenario.anApiKey(service.id);
  const template = await herald.scenario.anEmailTemplate(service.id);
  const sender = new ContinuousSender(herald.baseUrl, key, template.id);
  await sender.burst(1);
  expect(sender.refused).toEqual([]);
  return { herald, serviceId: service.id, id: sender.acceptedIds[0] };
}

async function statusOf(email: AcceptedEmail): Promise<string | undefined> {
  return (await email.herald.get(NotificationRepository).statusesOf(email.serviceId, [email.id])).get(email.id);
}

async function report<T extends { code: number | null; signal: string | null; seconds: number }>(scenario: string, ended: T): Promise<T> {
  console.log(`[worker shutdown] ${scenario}: exit code ${ended.code}, signal ${ended.signal}, ${ended.seconds.toFixed(1)} s after SIGTERM`);
  return ended;
}

/** GET one of a worker's health checks: its status code and JSON body. */
function healthOf(port: number): (path: string) => Promise<{ code: number; body: unknown }> {
  return async (path) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`);
    return { code: response.status, body: await response.json() };
  };
}

/** Adds the end of the worker's output to a failed wait's message. */
function withOutput(worker: WorkerProcess): (error: Error) => never {
  return (error) => {
    throw new Error(`${error.message}\n--- worker output ---\n${worker.output}`);
  };
}
