import { loadConfig } from '@herald/config';
import { NotificationRepository } from '@herald/persistence';
import { DELIVERY_WORKER_OPTIONS } from '@herald/queue';
import { eventually, HeraldUnderTest } from '@herald/testing';
import { ContinuousSender } from './support/continuous-sender';
import { faultSettings } from './support/fault-settings';
import { MessageIdSmtp } from './support/message-id-smtp';
import { WorkerProcess } from './support/worker-process';

/**
 * Longer than a dead worker's job takes to come back to the queue (its lock lapses, then the next
 * stalled check hands it on), so a takeover that did not look at the lock would have sent it again.
 */
const HOLD_REPLY_MS = DELIVERY_WORKER_OPTIONS.lockDuration + DELIVERY_WORKER_OPTIONS.stalledInterval + 5000;

/**
 * Issue 9, point 12: a claim is taken over only from a worker that lost its job, never from one
 * whose provider is merely slow. Two workers, a claim lease far shorter than the send and a replay
 * sweep every second, which finds the lapsed claim and queues the notification again.
 */
describe('a slow but live provider call', () => {
  const workers: WorkerProcess[] = [];
  const smtp = new MessageIdSmtp({ holdReplyMs: HOLD_REPLY_MS });
  let herald: HeraldUnderTest | undefined;

  afterAll(async () => {
    for (const worker of workers) await worker.kill();
    await herald?.stop();
    await smtp.stop();
  });

  it('is sent once, though its claim is older than the lease and its job older than a lock', async () => {
    await smtp.start();
    const settings = await faultSettings({
      SMTP_URL: smtp.url,
      CLAIM_LEASE_SECONDS: '2',
      REPLAY_AFTER_SECONDS: '1',
      SWEEP_INTERVAL_SECONDS: '1',
    });
    herald = await HeraldUnderTest.start(loadConfig(settings));
    const service = await herald.scenario.aService();
    const key = await herald.scenario.anApiKey(service.id);
    const template = await herald.scenario.anEmailTemplate(service.id);
    workers.push(new WorkerProcess(settings).start(), new WorkerProcess(settings).start());
    const sender = new ContinuousSender(herald.baseUrl, key, template.id);
    await sender.burst(1);
    const [id] = sender.acceptedIds;

    const notifications = herald.get(NotificationRepository);
    await eventually(async () => expect(smtp.dataStarted).toBe(1), 60_000, 50);
    const sendStarted = Date.now();
    await eventually(async () => expect((await notifications.statusesOf(service.id, [id])).get(id)).toBe('sending'), HOLD_REPLY_MS + 60_000, 200);

    expect(Date.now() - sendStarted).toBeGreaterThanOrEqual(HOLD_REPLY_MS - 1000);
    expect(smtp.dataStarted).toBe(1);
    expect(smtp.countOf([id])).toEqual({ received: 1, unique: 1, duplicates: 0 });
  }, 180_000);
});
