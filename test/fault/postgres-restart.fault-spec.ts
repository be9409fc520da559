import { loadConfig } from '@herald/config';
import { NotificationRepository } from '@herald/persistence';
import { eventually, HeraldUnderTest } from '@herald/testing';
import { ContinuousSender, isNotifyServerError } from './support/continuous-sender';
import { faultSettings } from './support/fault-settings';
import { MessageIdSmtp } from './support/message-id-smtp';
import { OwnPostgres } from './support/own-postgres';
import { statusCounts } from './support/status-counts';
import { WorkerProcess } from './support/worker-process';

/** Requests answered 201 before the restart, and again after it, before the sender stops. */
const ACCEPTED_EITHER_SIDE = 30;

/**
 * Issue 4, fault 3. The API (in this process) and a worker (a process of its own) use a
 * PostgreSQL cluster started for this test, which is restarted (`pg_ctl restart -m fast`, every
 * connection cut) while requests keep arriving. Nothing restarts Herald: its connection pools
 * must recover by themselves.
 */
describe('fault 3: PostgreSQL restarted under load', () => {
  const postgres = new OwnPostgres();
  const smtp = new MessageIdSmtp();
  let herald: HeraldUnderTest | undefined;
  let worker: WorkerProcess | undefined;
  let sender: ContinuousSender | undefined;

  afterAll(async () => {
    await sender?.stop();
    await worker?.kill();
    await herald?.stop();
    await smtp.stop();
    await postgres.stop();
  });

  it("answers 5xx in Notify's format while it is down, recovers by itself, and sends every email answered 201", async () => {
    await Promise.all([postgres.start(), smtp.start()]);
    const settings = await faultSettings({
      DATABASE_URL: postgres.url,
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
    await postgres.restart();
    const acceptedAtRestart = sender.acceptedIds.length;
    await eventually(async () => expect(sender!.acceptedIds.length).toBeGreaterThanOrEqual(acceptedAtRestart + ACCEPTED_EITHER_SIDE), 60_000);
    await sender.stop();

    const accepted = sender.acceptedIds;
    const notifications = herald.get(NotificationRepository);
    expect((await statusCounts(notifications, service.id, accepted)).missing).toBeUndefined();
    expect(sender.refused.filter((outcome) => !isNotifyServerError(outcome))).toEqual([]);
    await eventually(async () => expect(smtp.countOf(accepted).unique).toBe(accepted.length), 120_000, 500).catch((error: Error) => {
      throw new Error(`${error.message}\n--- worker output ---\n${worker!.output}`);
    });
    await eventually(async () => expect(await statusCounts(notifications, service.id, accepted)).toEqual({ sending: accepted.length }), 30_000, 500);

    const { received, unique, duplicates } = smtp.countOf(accepted);
    console.log(
      `[fault 3] sent ${sender.outcomes.length} requests: 201 ${accepted.length}, 5xx ${sender.refused.length} (while PostgreSQL restarted); ` +
        `received ${received}, duplicates ${duplicates}, lost ${accepted.length - unique}`,
    );
    expect(accepted.length - unique).toBe(0);
  }, 240_000);
});
