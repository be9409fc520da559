import type { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { loadConfig } from '@herald/config';
import { NotificationRepository } from '@herald/persistence';
import { QUEUES } from '@herald/queue';
import { eventually, LoopbackTwilio, openPersistence, Scenario } from '@herald/testing';
import { ApiProcess } from './support/api-process';
import { faultSettings } from './support/fault-settings';
import { MessageIdSmtp } from './support/message-id-smtp';
import { sendSpread, SpreadSend } from './support/spread-sender';
import { statusCounts } from './support/status-counts';
import { postTwilioReceipt, textsByNotification } from './support/twilio-receipts';
import { WorkerProcess } from './support/worker-process';

const SENDS = 5000;
const API_PROCESSES = 2;
const WORKER_PROCESSES = 3;
const IN_FLIGHT = 16;
/** One send in five is a text, so both channels' workers and the receipts webhook run on every process. */
const SMS_EVERY = 5;
/** Per worker process: 3 x 4 sends at once keeps the shared PostgreSQL's connections in bounds. */
const WORKER_CONCURRENCY = 4;
const PUBLIC_URL = 'https://herald.scale.example';
/** Draining 5,000 sends on a busy 2-core machine shared with other suites: generous, and only ever waited out on failure. */
const DRAIN_DEADLINE_MS = 600_000;

/**
 * Issue 14, point 6: API and worker processes keep no state of their own, so any number of each
 * can run on one PostgreSQL and one Redis. Two API processes (round robin, as a load balancer
 * would spread them) take 5,000 sends; three worker processes share the queues. Every accepted
 * notification must reach its provider exactly once: the loopback SMTP server counts emails by
 * Message-ID (the notification id), the loopback Twilio texts by the notification id in their
 * status callback; Twilio's receipts go to either API.
 */
describe('scale-out: 2 API and 3 worker processes on one PostgreSQL and one Redis', () => {
  const smtp = new MessageIdSmtp();
  const twilio = new LoopbackTwilio();
  const apis: ApiProcess[] = [];
  const workers: WorkerProcess[] = [];
  const queues: Queue[] = [];
  let persistence: INestApplicationContext | undefined;

  afterAll(async () => {
    await Promise.all(queues.map((queue) => queue.close()));
    await Promise.all([...workers, ...apis].map((process) => process.stop()));
    await persistence?.close();
    await smtp.stop();
    await twilio.stop();
  });

  it('delivers each of 5,000 notifications sent across both APIs exactly once, and leaves no job behind', async () => {
    await smtp.start();
    await twilio.start();
    const settings = await faultSettings({
      SMTP_URL: smtp.url,
      ...twilio.configFor('TWILIO_'),
      API_BASE_URL: PUBLIC_URL,
      WORKER_CONCURRENCY: String(WORKER_CONCURRENCY),
    });
    persistence = await openPersistence(loadConfig(settings));
    const scenario = new Scenario(persistence);
    // A rate limit no burst reaches: this test is about losing nothing, not about limits.
    const service = await scenario.aService({ settings: { rateLimit: 1_000_000 } });
    const key = await scenario.anApiKey(service.id);
    const email = await scenario.anEmailTemplate(service.id, { subject: 'Scale-out', content: 'Dear ((name))' });
    const sms = await scenario.anSmsTemplate(service.id, { content: 'Hello ((name))' });

    // Both APIs start together, as replicas do: each migrates (under PostgreSQL's advisory lock) and checks the platform admin.
    apis.push(...(await Promise.all(Array.from({ length: API_PROCESSES }, () => new ApiProcess(settings).start()))));
    for (let n = 0; n < WORKER_PROCESSES; n += 1) workers.push(new WorkerProcess(settings).start());
    const started = Date.now();
    const seconds = () => Math.round((Date.now() - started) / 1000);

    const sends = await sendSpread({
      apis: apis.map((api) => api.url),
      key,
      templateIds: { email: email.id, sms: sms.id },
      count: SENDS,
      inFlight: IN_FLIGHT,
      smsEvery: SMS_EVERY,
    });
    const acceptedIn = seconds();
    expect(sends.filter((send) => send.status !== 201).slice(0, 5)).toEqual([]);
    const emailIds = idsOf(sends, 'email');
    const smsIds = idsOf(sends, 'sms');

    await eventually(async () => expect(smtp.countOf(emailIds).unique).toBe(emailIds.length), DRAIN_DEADLINE_MS, 500).catch(withOutput(workers));
    await eventually(async () => expect(textCopies(twilio, smsIds).unique).toBe(smsIds.length), DRAIN_DEADLINE_MS, 500).catch(withOutput(workers));
    const drainedIn = seconds();
    const refusedReceipts = await deliverReceipts(apis, twilio, smsIds);

    const notifications = persistence.get(NotificationRepository);
    await eventually(async () => expect(await statusCounts(notifications, service.id, emailIds)).toEqual({ sending: emailIds.length }), DRAIN_DEADLINE_MS, 500);
    await eventually(async () => expect(await statusCounts(notifications, service.id, smsIds)).toEqual({ delivered: smsIds.length }), DRAIN_DEADLINE_MS, 500);
    queues.push(
      ...[QUEUES.sendEmail, QUEUES.sendSms].map((name) => new Queue(name, { connection: { url: settings.REDIS_URL }, prefix: settings.QUEUE_PREFIX })),
    );
    await eventually(async () => expect(await jobsLeft(queues)).toEqual({ [QUEUES.sendEmail]: 0, [QUEUES.sendSms]: 0 }), DRAIN_DEADLINE_MS, 500);

    const emails = smtp.countOf(emailIds);
    const texts = textCopies(twilio, smsIds);
    console.log(
      `[scale-out] ${SENDS} sends (${emailIds.length} emails, ${smsIds.length} texts) through ${API_PROCESSES} API processes ` +
        `(${perApi(sends).join(' / ')}) with ${IN_FLIGHT} in flight, ${WORKER_PROCESSES} worker processes at concurrency ${WORKER_CONCURRENCY}: ` +
        `accepted in ${acceptedIn} s, all at the providers at ${drainedIn} s; emails received ${emails.received} (duplicates ${emails.duplicates}, ` +
        `lost ${emailIds.length - emails.unique}), texts received ${texts.received} (duplicates ${texts.duplicates}, lost ${smsIds.length - texts.unique})`,
    );
    expect(refusedReceipts).toEqual([]);
    expect({ emailsLost: emailIds.length - emails.unique, emailDuplicates: emails.duplicates }).toEqual({ emailsLost: 0, emailDuplicates: 0 });
    expect({ textsLost: smsIds.length - texts.unique, textDuplicates: texts.duplicates }).toEqual({ textsLost: 0, textDuplicates: 0 });
    expect(await notifications.count(service.id)).toBe(SENDS);
  }, 1_500_000);

  /** Twilio reports each text delivered, to either API in turn; returns the statuses of receipts not answered 204. */
  async function deliverReceipts(to: ApiProcess[], loopback: LoopbackTwilio, ids: readonly string[]): Promise<number[]> {
    const refused: number[] = [];
    const byId = textsByNotification(loopback);
    for (let i = 0; i < ids.length; i += IN_FLIGHT) {
      const batch = ids.slice(i, i + IN_FLIGHT);
      const answers = await Promise.all(
        batch.map((id, n) => postTwilioReceipt(to[(i + n) % to.length].url, PUBLIC_URL, loopback, byId.get(id)![0], 'delivered')),
      );
      refused.push(...answers.filter((status) => status !== 204));
    }
    return refused;
  }
});

function idsOf(sends: readonly SpreadSend[], channel: SpreadSend['channel']): string[] {
  return sends.filter((send) => send.channel === channel && send.id !== null).map((send) => send.id!);
}

/** Accepted sends per API process, e.g. ["2500", "2500"]. */
function perApi(sends: readonly SpreadSend[]): string[] {
  return Array.from({ length: API_PROCESSES }, (_, api) => String(sends.filter((send) => send.api === api && send.status === 201).length));
}

/** Of these notification ids, every text Twilio took (`received`), the ids it took at least once (`unique`) and the extra copies. */
function textCopies(twilio: LoopbackTwilio, ids: readonly string[]): { received: number; unique: number; duplicates: number } {
  const byId = textsByNotification(twilio);
  const copies = ids.map((id) => byId.get(id)?.length ?? 0);
  const received = copies.reduce((sum, n) => sum + n, 0);
  const unique = copies.filter((n) => n > 0).length;
  return { received, unique, duplicates: received - unique };
}

/** Jobs still waiting, delayed, active or failed on each queue. */
async function jobsLeft(queues: readonly Queue[]): Promise<Record<string, number>> {
  const left: Record<string, number> = {};
  for (const queue of queues) {
    const counts = await queue.getJobCounts('active', 'waiting', 'delayed', 'prioritized', 'waiting-children', 'failed');
    left[queue.name] = Object.values(counts).reduce((sum, n) => sum + n, 0);
  }
  return left;
}

/** Adds the end of each worker's output to a failed wait's message. */
function withOutput(processes: readonly WorkerProcess[]): (error: Error) => never {
  return (error) => {
    throw new Error(`${error.message}\n${processes.map((p, n) => `--- worker ${n + 1} output ---\n${p.output}`).join('\n')}`);
  };
}
