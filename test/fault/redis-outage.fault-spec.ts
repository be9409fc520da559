import { loadConfig } from '@herald/config';
import { NotificationRepository } from '@herald/persistence';
import { eventually, HeraldUnderTest } from '@herald/testing';
import { ContinuousSender, isNotifyServerError } from './support/continuous-sender';
import { faultSettings } from './support/fault-settings';
import { MessageIdSmtp } from './support/message-id-smtp';
import { OwnRedis } from './support/own-redis';
import { statusCounts } from './support/status-counts';
import { WorkerProcess } from './support/worker-process';

const OUTAGE_MS = 10_000;
/** Requests answered 201 before the outage, and again after it, before the sender stops. */
const ACCEPTED_EITHER_SIDE = 30;
/** Requests sent at once just before Redis goes: their jobs are still waiting when it does. */
const BACKLOG = 150;

/**
 * Issue 4, fault 2. The API (in this process) and a worker (a process of its own) share a
 * redis-server started for this test, which is shut down (SHUTDOWN NOSAVE: it comes back empty)
 * for 10 seconds while requests keep arriving. The API stores first and queues second, so a
 * request it answers 201 has a row even when the job could not be queued; the replay sweep
 * queues such rows once Redis is back.
 */
describe('fault 2: Redis stopped for 10 seconds while requests keep arriving', () => {
  const redis = new OwnRedis();
  const smtp = new MessageIdSmtp();
  let herald: HeraldUnderTest | undefined;
  let worker: WorkerProcess | undefined;
  let sender: ContinuousSender | undefined;

  afterAll(async () => {
    await sender?.stop();
    await worker?.kill();
    await herald?.stop();
    await smtp.stop();
    await redis.stop();
  });

  it("stores and sends every request answered 201, and answers the rest with a 5xx in Notify's format", async () => {
    await Promise.all([redis.start(), smtp.start()]);
    const settings = await faultSettings({
      REDIS_URL: redis.url,
      SMTP_URL: smtp.url,
      WORKER_CONCURRENCY: '8',
      CLAIM_LEASE_SECONDS: '10',
      REPLAY_AFTER_SECONDS: '3',
      SWEEP_INTERVAL_SECONDS: '1',
      DELIVERY_RETRY_BASE_SECONDS: '1',
    });
    herald = await HeraldUnderTest.start(loadConfig(settings));
    worker = new WorkerProcess(settings).start();
    const service = await herald.scenario.aService();
    const key = await herald.scenario.anApiKey(service.id);
    const template = await herald.scenario.anEmailTemplate(service.id);

    sender = new ContinuousSender(herald.baseUrl, key, template.id).start();
    await eventually(async () => expect(sender!.acceptedIds.length).toBeGreaterThanOrEqual(ACCEPTED_EITHER_SIDE), 60_000);
    // A backlog the worker has not reached yet: jobs that vanish with Redis, so only the
    // replay sweep can queue them again.
    await sender.burst(BACKLOG);
    await redis.shutdown();
    const requestsBeforeOutage = sender.outcomes.length;
    // The outage itself is the scenario: Redis stays away this long whatever else happens.
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
    const duringOutage = sender.outcomes.length - requestsBeforeOutage;
    await redis.start();
    const acceptedAtRestart = sender.acceptedIds.length;
    await eventually(async () => expect(sender!.acceptedIds.length).toBeGreaterThanOrEqual(acceptedAtRestart + ACCEPTED_EITHER_SIDE), 60_000);
    await sender.stop();

    const accepted = sender.acceptedIds;
    const notifications = herald.get(NotificationRepository);
    const stored = await statusCounts(notifications, service.id, accepted);
    expect(stored.missing).toBeUndefined();
    expect(sender.refused.filter((outcome) => !isNotifyServerError(outcome))).toEqual([]);

    await eventually(async () => expect(smtp.countOf(accepted).unique).toBe(accepted.length), 120_000, 500).catch((error: Error) => {
      throw new Error(`${error.message}\nstatuses: ${JSON.stringify(stored)}\n--- worker output ---\n${worker!.output}`);
    });
    await eventually(async () => expect(await statusCounts(notifications, service.id, accepted)).toEqual({ sending: accepted.length }), 30_000, 500);

    const { received, unique, duplicates } = smtp.countOf(accepted);
    console.log(
      `[fault 2] sent ${sender.outcomes.length} requests (${duringOutage} answered during the outage): 201 ${accepted.length}, 5xx ${sender.refused.length}; ` +
        `received ${received}, duplicates ${duplicates}, lost ${accepted.length - unique}`,
    );
    expect(accepted.length - unique).toBe(0);
  }, 240_000);
});
