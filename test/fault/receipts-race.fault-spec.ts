import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import { Queue } from 'bullmq';
import { loadConfig } from '@herald/config';
import { NotificationRepository } from '@herald/persistence';
import { QUEUES } from '@herald/queue';
import { eventually, HeraldUnderTest, LoopbackTwilio } from '@herald/testing';
import { ContinuousSender, SendOutcome } from './support/continuous-sender';
import { faultSettings } from './support/fault-settings';
import { HoldingProxy } from './support/holding-proxy';
import { statusCounts } from './support/status-counts';
import { WorkerProcess } from './support/worker-process';

const TEXTS = 20;
const PUBLIC_URL = 'https://herald.fault.example';
/** What Twilio reports for each text while Herald still waits for Twilio's answer: twice each, `sent` after `delivered`. */
const EARLY_RECEIPTS = ['delivered', 'sent', 'delivered', 'sent'];

/**
 * Issue 4, fault 6. A worker process sends texts through a proxy that holds Twilio's answers
 * back: Twilio (a loopback server) has taken each text, and its signed status callbacks reach the
 * API before the worker has recorded the send; then late ones arrive after it has.
 */
describe('fault 6: receipts that arrive before the send completes, twice, and out of order', () => {
  const twilio = new LoopbackTwilio();
  let proxy: HoldingProxy | undefined;
  let herald: HeraldUnderTest | undefined;
  let worker: WorkerProcess | undefined;
  let queue: Queue | undefined;

  afterAll(async () => {
    await queue?.close();
    await worker?.kill();
    await herald?.stop();
    await proxy?.stop();
    await twilio.stop();
  });

  it('ends every text in the status of its last forward receipt', async () => {
    await twilio.start();
    const holding = (proxy = await new HoldingProxy(twilio.url).start());
    const settings = await faultSettings({
      ...twilio.configFor('TWILIO_'),
      TWILIO_API_BASE_URL: holding.url,
      API_BASE_URL: PUBLIC_URL,
      SMS_PROVIDER_TIMEOUT_SECONDS: '60',
      WORKER_CONCURRENCY: String(TEXTS),
    });
    herald = await HeraldUnderTest.start(loadConfig(settings));
    worker = new WorkerProcess(settings).start();
    const service = await herald.scenario.aService();
    const key = await herald.scenario.anApiKey(service.id);
    const template = await herald.scenario.anSmsTemplate(service.id);
    const sender = new ContinuousSender(herald.baseUrl, key, template.id, { channel: 'sms', lanes: 1, pauseMs: 0 });

    await sender.burst(TEXTS);
    const texts = sender.accepted;
    const ids = texts.map(idOf);
    // Twilio has taken every text; the worker is still waiting for every answer.
    // A generous deadline: on a loaded machine the worker process takes a while to boot and fetch all its jobs.
    await eventually(async () => expect(holding.holdingCount).toBe(TEXTS), 120_000).catch(withOutput(worker));
    const notifications = herald.get(NotificationRepository);
    expect(await statusCounts(notifications, service.id, ids)).toEqual({ created: TEXTS });

    const refusedReceipts: number[] = [];
    for (const status of EARLY_RECEIPTS) {
      for (const text of texts) {
        const answer = await postReceipt(herald, twilio, idOf(text), receipt(twilio, text, status));
        if (answer !== 204) refusedReceipts.push(answer);
      }
    }
    holding.release();
    queue = new Queue(QUEUES.sendSms, { connection: { url: settings.REDIS_URL }, prefix: settings.QUEUE_PREFIX });
    await eventually(
      async () => {
        const jobs = await queue!.getJobCounts('active', 'waiting', 'delayed', 'prioritized');
        expect(Object.values(jobs).reduce((sum, n) => sum + n, 0)).toBe(0);
      },
      60_000,
      250,
    ).catch(withOutput(worker));
    // And late ones, after the worker has recorded the send.
    for (const text of texts) {
      const answer = await postReceipt(herald, twilio, idOf(text), receipt(twilio, text, 'sent'));
      if (answer !== 204) refusedReceipts.push(answer);
    }

    const statuses = await statusCounts(notifications, service.id, ids);
    const copies = texts.map((text) => twilio.messages.filter((m) => m.to === e164(text)).length);
    const received = copies.reduce((sum, n) => sum + n, 0);
    const lost = copies.filter((n) => n === 0).length;
    const withSentAt = (await Promise.all(ids.map((id) => notifications.findById(service.id, id)))).filter((n) => n?.sentAt).length;
    console.log(
      `[fault 6] sent ${TEXTS}, received ${received}, duplicates ${received - (TEXTS - lost)}, lost ${lost}; ` +
        `receipts ${EARLY_RECEIPTS.length * TEXTS} before the send completed (${EARLY_RECEIPTS.join(', ')}) and ${TEXTS} after; ` +
        `final statuses ${JSON.stringify(statuses)}; sent_at recorded on ${withSentAt} of ${TEXTS}`,
    );
    expect(refusedReceipts).toEqual([]);
    expect(statuses).toEqual({ delivered: TEXTS });
    expect(lost).toBe(0);
  }, 180_000);
});

const idOf = (text: SendOutcome) => (text.body as { id: string }).id;
const e164 = (text: SendOutcome) => `+44${text.recipient.slice(1)}`;

/** Twilio's status callback for the text it took for this notification, as the SDK's webhook would post it. */
function receipt(twilio: LoopbackTwilio, text: SendOutcome, status: string): Record<string, string> {
  const sid = twilio.messages.find((m) => m.to === e164(text))?.sid;
  if (!sid) throw new Error(`Twilio has no text to ${e164(text)}`);
  return {
    MessageSid: sid,
    SmsSid: sid,
    MessageStatus: status,
    SmsStatus: status,
    AccountSid: twilio.accountSid,
    To: e164(text),
    From: '+447700900999',
    ApiVersion: '2010-04-01',
  };
}

/** Posts a signed receipt to the API; returns the HTTP status. */
async function postReceipt(herald: HeraldUnderTest, twilio: LoopbackTwilio, id: string, params: Record<string, string>): Promise<number> {
  const path = `/webhooks/twilio/status/${id}`;
  const response = await fetch(`${herald.baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-Twilio-Signature': getExpectedTwilioSignature(twilio.authToken, `${PUBLIC_URL}${path}`, params),
    },
    body: new URLSearchParams(params).toString(),
  });
  await response.arrayBuffer();
  return response.status;
}

function withOutput(worker: WorkerProcess | undefined): (error: Error) => never {
  return (error) => {
    throw new Error(`${error.message}\n--- worker output ---\n${worker?.output ?? ''}`);
  };
}
