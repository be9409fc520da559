import { loadConfig } from '@herald/config';
import { NotificationRepository } from '@herald/persistence';
import { eventually, HeraldUnderTest } from '@herald/testing';
import { faultSettings } from './support/fault-settings';
import { MessageIdSmtp } from './support/message-id-smtp';
import { statusCounts } from './support/status-counts';
import { storeAndQueueEmails } from './support/stored-emails';
import { WorkerProcess } from './support/worker-process';

const EMAILS = 5000;
const CONCURRENCY = 8;
/** The first worker is killed once this many emails have arrived: well inside the run. */
const KILL_AFTER = 1500;

/**
 * Issue 4, fault 1. The 5,000 notifications are stored and queued in bulk through
 * NotificationRepository and DeliveryQueue (what the API does for each request, without 5,000
 * HTTP round trips); the worker runs in a process of its own so that SIGKILL is real. The killed
 * worker's active jobs come back to the queue as stalled once their locks lapse, and the new worker
 * takes over the claims they held (DeliveryClaims); a claim nobody takes over lapses after
 * CLAIM_LEASE_SECONDS, and the replay sweep queues anything else left `created`.
 */
describe('fault 1: a worker killed with SIGKILL in the middle of 5,000 email sends', () => {
  const smtp = new MessageIdSmtp();
  const workers: WorkerProcess[] = [];
  let herald: HeraldUnderTest | undefined;

  afterAll(async () => {
    for (const worker of workers) await worker.kill();
    await herald?.stop();
    await smtp.stop();
  });

  it("sends every email once a new worker starts, with no more duplicates than the worker's concurrency", async () => {
    await smtp.start();
    const settings = await faultSettings({
      SMTP_URL: smtp.url,
      WORKER_CONCURRENCY: String(CONCURRENCY),
      CLAIM_LEASE_SECONDS: '5',
      REPLAY_AFTER_SECONDS: '5',
      SWEEP_INTERVAL_SECONDS: '2',
    });
    herald = await HeraldUnderTest.start(loadConfig(settings));
    const service = await herald.scenario.aService();
    const key = await herald.scenario.anApiKey(service.id);
    const template = await herald.scenario.anEmailTemplate(service.id);
    const started = Date.now();
    const seconds = () => Math.round((Date.now() - started) / 1000);
    // The first worker starts sending while the rest are still being stored.
    const first = new WorkerProcess(settings).start();
    workers.push(first);
    const ids = await storeAndQueueEmails(
      herald,
      { serviceId: service.id, apiKeyId: key.id, templateId: template.id, templateVersion: template.version },
      EMAILS,
    );
    const stored = seconds();
    await eventually(async () => expect(smtp.countOf(ids).unique).toBeGreaterThanOrEqual(KILL_AFTER), 120_000, 20).catch(withOutput(first));
    await first.kill();
    const arrivedBeforeKill = smtp.countOf(ids).unique;
    const killedAt = seconds();
    expect(arrivedBeforeKill).toBeLessThan(EMAILS);

    const second = new WorkerProcess(settings).start();
    workers.push(second);
    const notifications = herald.get(NotificationRepository);
    await eventually(async () => expect(smtp.countOf(ids).unique).toBe(EMAILS), 180_000, 500).catch(withOutput(second));
    await eventually(async () => expect(await statusCounts(notifications, service.id, ids)).toEqual({ sending: EMAILS }), 30_000, 500);

    const { received, unique, duplicates } = smtp.countOf(ids);
    console.log(
      `[fault 1] sent ${EMAILS}, received ${received}, duplicates ${duplicates}, lost ${EMAILS - unique} (stored and queued in ${stored} s; ` +
        `worker killed at ${killedAt} s after ${arrivedBeforeKill} had arrived; all sent at ${seconds()} s; concurrency ${CONCURRENCY})`,
    );
    expect(EMAILS - unique).toBe(0);
    expect(duplicates).toBeLessThanOrEqual(CONCURRENCY);
  }, 300_000);
});

/** Adds the end of the worker's output to a failed wait's message. */
function withOutput(worker: WorkerProcess): (error: Error) => never {
  return (error) => {
    throw new Error(`${error.message}\n--- worker output ---\n${worker.output}`);
  };
}
