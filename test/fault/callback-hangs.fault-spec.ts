import { randomUUID } from 'node:crypto';
import { loadConfig } from '@herald/config';
import { ServiceCallbackRepository } from '@herald/persistence';
import { eventually, HeraldUnderTest, LoopbackCallbacks, ReceivedCallback } from '@herald/testing';
import { ContinuousSender } from './support/continuous-sender';
import { faultSettings } from './support/fault-settings';
import { WorkerProcess } from './support/worker-process';

const EMAILS_EACH = 20;
/** "Within seconds": the other service's callbacks, all of them, while the first URL hangs. */
const OTHERS_WITHIN_MS = 10_000;

interface Department {
  readonly serviceId: string;
  readonly path: string;
  readonly sender: ContinuousSender;
}

/**
 * Issue 4, fault 5. Two departments with delivery-status callbacks on loopback; one department's
 * URL hangs (never answers: Herald's 5-second timeout and retries take over). Emails are sent
 * with test keys, so each is `delivered` at once and a callback follows. Callbacks are delivered
 * at least once; a copy of one already answered counts as a duplicate.
 */
describe("fault 5: a department's callback URL hangs", () => {
  const endpoints = new LoopbackCallbacks();
  let herald: HeraldUnderTest | undefined;
  let worker: WorkerProcess | undefined;

  afterAll(async () => {
    await worker?.kill();
    await herald?.stop();
    await endpoints.stop();
  });

  it("delivers other services' callbacks within seconds, and the queued ones once the URL answers again", async () => {
    await endpoints.start();
    const settings = await faultSettings({ ALLOW_PRIVATE_CALLBACK_URLS: 'true', CALLBACK_CONCURRENCY_PER_SERVICE: '2' });
    herald = await HeraldUnderTest.start(loadConfig(settings));
    worker = new WorkerProcess(settings).start();
    const aDepartment = async (): Promise<Department> => {
      const service = await herald!.scenario.aService();
      const path = `/callbacks/${service.id}`;
      await herald!.get(ServiceCallbackRepository).set(service.id, 'delivery_status', endpoints.url(path), `token-${randomUUID()}`);
      const key = await herald!.scenario.anApiKey(service.id, 'test');
      const template = await herald!.scenario.anEmailTemplate(service.id);
      return { serviceId: service.id, path, sender: new ContinuousSender(herald!.baseUrl, key, template.id) };
    };
    const [hanging, other] = [await aDepartment(), await aDepartment()];

    endpoints.answer(hanging.path, 'hang');
    await hanging.sender.burst(EMAILS_EACH);
    await endpoints.waitFor(hanging.path, 2, 30_000);

    const othersSentAt = Date.now();
    await other.sender.burst(EMAILS_EACH);
    await eventually(async () => expect(uniqueIds(endpoints.to(other.path))).toEqual(new Set(other.sender.acceptedIds)), OTHERS_WITHIN_MS, 50).catch(
      withOutput(worker),
    );
    const othersSeconds = (Date.now() - othersSentAt) / 1000;
    // Still hanging until the first requests have timed out and been tried again.
    await endpoints.waitFor(hanging.path, 4, 60_000);

    // The URL comes back: requests from now on are answered 200.
    const backAt = Date.now();
    endpoints.answer(hanging.path, 200);
    const answered = () => endpoints.to(hanging.path).filter((callback) => callback.at >= backAt);
    await eventually(async () => expect(uniqueIds(answered())).toEqual(new Set(hanging.sender.acceptedIds)), 150_000, 500).catch(withOutput(worker));
    const queuedSeconds = (Date.now() - backAt) / 1000;

    const sent = hanging.sender.acceptedIds.length + other.sender.acceptedIds.length;
    const delivered = [...answered(), ...endpoints.to(other.path)];
    const unique = uniqueIds(delivered).size;
    console.log(
      `[fault 5] sent ${sent} (${EMAILS_EACH} to each service), received ${delivered.length}, duplicates ${delivered.length - unique}, lost ${sent - unique} ` +
        `(other service's callbacks all in ${othersSeconds.toFixed(1)} s while the URL hung; queued ones all in ${queuedSeconds.toFixed(1)} s after it came back)`,
    );
    expect(sent).toBe(2 * EMAILS_EACH);
    expect(sent - unique).toBe(0);
  }, 240_000);
});

function uniqueIds(callbacks: ReceivedCallback[]): Set<string> {
  return new Set(callbacks.map((callback) => String(callback.body.id)));
}

function withOutput(worker: WorkerProcess | undefined): (error: Error) => never {
  return (error) => {
    throw new Error(`${error.message}\n--- worker output ---\n${worker?.output ?? ''}`);
  };
}
