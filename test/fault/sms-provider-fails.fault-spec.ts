import { loadConfig } from '@herald/config';
import { NotificationRepository } from '@herald/persistence';
import { eventually, HeraldUnderTest, LoopbackTwilio } from '@herald/testing';
import { ContinuousSender, SendOutcome } from './support/continuous-sender';
import { faultSettings } from './support/fault-settings';
import { statusCounts } from './support/status-counts';
import { WorkerProcess } from './support/worker-process';

/** The first provider answers this many requests with 500, then stops answering at all. */
const SERVER_ERRORS = 8;
/** Requests left hanging (each a 2-second timeout: probes, or texts caught mid-failover) before traffic stops. */
const HANGING = 2;
const FAILOVER_WITHIN_SECONDS = 30;
/** Texts in a row, sent after the fault began, that must reach only the second provider. */
const STRAIGHT_IN_A_ROW = 5;

/**
 * Issue 4, fault 4. Two Twilio accounts by priority, each played by a loopback Twilio server, and
 * two worker processes sharing the providers' health through Redis. The failover thresholds are
 * the defaults (30-second window, 30% errors or a p90 latency of 5 s); only the send timeout
 * (2 s) and the first retry wait (1 s) are shortened.
 */
describe('fault 4: the SMS provider fails (500s, then timeouts)', () => {
  const primary = new LoopbackTwilio();
  const backup = new LoopbackTwilio();
  const workers: WorkerProcess[] = [];
  let herald: HeraldUnderTest | undefined;
  let sender: ContinuousSender | undefined;

  afterAll(async () => {
    await sender?.stop();
    for (const worker of workers) await worker.kill();
    await herald?.stop();
    await Promise.all([primary.stop(), backup.stop()]);
  });

  it('moves traffic to the second provider within 30 seconds and leaves no text behind', async () => {
    await Promise.all([primary.start(), backup.start()]);
    const settings = await faultSettings({
      SMS_PROVIDERS: 'twilio:10,twilio-b:5',
      ...primary.configFor('TWILIO_'),
      ...backup.configFor('TWILIO_B_'),
      SMS_PROVIDER_TIMEOUT_SECONDS: '2',
      DELIVERY_RETRY_BASE_SECONDS: '1',
      WORKER_CONCURRENCY: '8',
    });
    herald = await HeraldUnderTest.start(loadConfig(settings));
    workers.push(new WorkerProcess(settings).start(), new WorkerProcess(settings).start());
    const service = await herald.scenario.aService();
    const key = await herald.scenario.anApiKey(service.id);
    const template = await herald.scenario.anSmsTemplate(service.id);

    sender = new ContinuousSender(herald.baseUrl, key, template.id, { channel: 'sms', lanes: 2, pauseMs: 150 }).start();
    await eventually(async () => expect(primary.messages.length).toBeGreaterThanOrEqual(10), 60_000).catch(withOutput(workers));

    const faultAt = Date.now();
    primary.failWith('server-error', SERVER_ERRORS);
    primary.failWith('hang');
    // Failed over: the second provider takes its first text, and from some text on, every text
    // sent goes straight to it (the first provider sees probes at most).
    const firstOnBackup = await eventually(
      async () => {
        expect(backup.messages.length).toBeGreaterThan(0);
        return (Date.now() - faultAt) / 1000;
      },
      60_000,
      50,
    ).catch(withOutput(workers));
    const straightFrom = () =>
      secondsUntilStraightToBackup(
        sender!.accepted.filter((o) => o.at >= faultAt),
        faultAt,
        primary,
        backup,
      );
    await eventually(async () => expect(straightFrom()).not.toBeNull(), 60_000, 250).catch(withOutput(workers));
    const answered = (status: number | null) => primary.attempts.filter((a) => a.status === status).length;
    await eventually(async () => expect(answered(null)).toBeGreaterThanOrEqual(HANGING), 60_000, 250).catch(withOutput(workers));
    await sender.stop();

    const accepted = sender.accepted;
    const ids = accepted.map((o) => (o.body as { id: string }).id);
    const notifications = herald.get(NotificationRepository);
    const reached = () => accepted.map((o) => copiesOf(o, primary) + copiesOf(o, backup));
    await eventually(async () => expect(reached().filter((copies) => copies === 0)).toEqual([]), 120_000, 500)
      .catch(async (error: Error) => {
        const missing = accepted.filter((o) => copiesOf(o, primary) + copiesOf(o, backup) === 0);
        const facts = await Promise.all(
          missing.map(async (o) => ({
            sentAfterFaultSeconds: (o.at - faultAt) / 1000,
            status: (await notifications.findById(service.id, (o.body as { id: string }).id))?.status,
            firstProviderAnswers: primary.attempts.filter((a) => a.to === e164(o)).map((a) => a.status),
          })),
        );
        throw new Error(`${error.message}\nnever reached a provider: ${JSON.stringify(facts)}`);
      })
      .catch(withOutput(workers));
    await eventually(async () => expect(await statusCounts(notifications, service.id, ids)).toEqual({ sending: ids.length }), 30_000, 500);

    const received = reached().reduce((sum, copies) => sum + copies, 0);
    const lost = reached().filter((copies) => copies === 0).length;
    console.log(
      `[fault 4] sent ${accepted.length}, received ${received} (first provider ${primary.messages.length}, second ${backup.messages.length}), ` +
        `duplicates ${received - (accepted.length - lost)}, lost ${lost} (the first provider answered ${answered(500)} × 500 and left ${answered(null)} hanging; ` +
        `the second took its first text ${firstOnBackup.toFixed(1)} s after the fault, and every text sent from ${straightFrom()!.toFixed(1)} s on went straight to it)`,
    );
    expect(firstOnBackup).toBeLessThan(FAILOVER_WITHIN_SECONDS);
    expect(straightFrom()).toBeLessThan(FAILOVER_WITHIN_SECONDS);
    expect(lost).toBe(0);
  }, 240_000);
});

const e164 = (outcome: SendOutcome) => `+44${outcome.recipient.slice(1)}`;
const copiesOf = (outcome: SendOutcome, twilio: LoopbackTwilio) => twilio.messages.filter((m) => m.to === e164(outcome)).length;

/**
 * Seconds from the fault to the first of STRAIGHT_IN_A_ROW texts in a row (in the order sent)
 * that the first provider never saw and the second accepted; null while there is no such run.
 */
function secondsUntilStraightToBackup(afterFault: SendOutcome[], faultAt: number, primary: LoopbackTwilio, backup: LoopbackTwilio): number | null {
  const straight = (o: SendOutcome) => !primary.attempts.some((a) => a.to === e164(o)) && copiesOf(o, backup) > 0;
  for (let i = 0; i + STRAIGHT_IN_A_ROW <= afterFault.length; i += 1) {
    if (afterFault.slice(i, i + STRAIGHT_IN_A_ROW).every(straight)) return (afterFault[i].at - faultAt) / 1000;
  }
  return null;
}

function withOutput(workers: WorkerProcess[]): (error: Error) => never {
  return (error) => {
    throw new Error(`${error.message}\n--- worker output ---\n${workers.map((w) => w.output).join('\n---\n')}`);
  };
}
