import { performance } from 'node:perf_hooks';
import { QueueEvents } from 'bullmq';
import { QUEUES } from '@herald/queue';
import { BenchAccount, seedBenchAccount } from './bench-account';
import { exitIfStuck, numberOption } from './bench-args';
import type { BenchChild } from './bench-child';
import { BenchEnvironment } from './bench-environment';
import { saveSummary } from './bench-results';
import { CountingSmtpServer } from './counting-smtp-server';
import { ApiProcess, startWorkerProcess } from './herald-process';
import { postNotifications } from './notification-load';
import { PacedSender } from './paced-sender';
import { loadAverageText } from './pairs-report';
import { waitUntil } from './wait-until';

/**
 * `npm run bench:soak -- --minutes 30 [--rate N]`: the API and one worker, each a process of its
 * own, taking emails at a steady half of the API's maximum rate (measured first for 10 s, or
 * `--rate`), each to an address of its own so the SMTP sink can tell which arrived. Every minute:
 * RSS of both, sent, delivered, stalled jobs, backlog. At the end: lost and duplicated emails,
 * and RSS growth after the warm-up (minute 2 to the end). Figures only; it asserts nothing.
 */
const DATABASE = 'herald_bench_soak';
const PREFIX = 'soak';
const DRAIN_STALL_MS = 60_000;
const DRAIN_LIMIT_MS = 15 * 60_000;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

interface Sample {
  readonly minute: number;
  readonly apiRss: number;
  readonly workerRss: number;
}

async function halfOfMaxRate(environment: BenchEnvironment, api: ApiProcess, account: BenchAccount): Promise<number> {
  // Measured with the queue paused and then emptied, so this burst is not delivered during the soak.
  await environment.queues.pause('email');
  const load = await postNotifications({ ...account, baseUrl: api.baseUrl }, 'email', { connections: 32, seconds: 10 });
  await environment.clearHerald();
  await environment.queues.resume('email');
  console.log(`API maximum: ${load.acceptedPerSecond.toFixed(0)} emails/s accepted over ${load.seconds} s with 32 connections (worker running, queue paused)`);
  return Math.max(1, Math.round(load.acceptedPerSecond / 2));
}

const soakArrivals = (smtp: CountingSmtpServer) => [...smtp.recipients.keys()].filter((address) => address.startsWith(PREFIX)).length;

async function main(): Promise<void> {
  const minutes = numberOption('minutes', 30);
  const environment = await BenchEnvironment.open(DATABASE);
  const smtp = await new CountingSmtpServer().start({ recordRecipients: true });
  const events = new QueueEvents(QUEUES.sendEmail, {
    connection: { url: environment.config.redisUrl, maxRetriesPerRequest: null },
    prefix: environment.config.queuePrefix,
  });
  let stalled = 0;
  let failed = 0;
  events.on('stalled', () => (stalled += 1));
  events.on('failed', () => (failed += 1));
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    console.log(line);
  };
  let worker: BenchChild | undefined;
  try {
    await events.waitUntilReady();
    const account = await seedBenchAccount(environment.config);
    const api = await ApiProcess.start(environment.source);
    try {
      worker = startWorkerProcess({ ...environment.source, SMTP_URL: smtp.url }, 'the worker');
      const joined = await worker.whileRunning(
        waitUntil(async () => (await environment.queues.workerCount('email')) >= 1, { timeoutMs: 120_000, intervalMs: 200 }),
      );
      if (!joined) throw new Error('The worker did not join the send-email queue within 120 s');
      const rate = numberOption('rate', 0) || (await halfOfMaxRate(environment, api, account));
      say(`Soak: ${minutes} minutes at ${rate} emails/s, API and one worker; ${loadAverageText()}`);
      const sender = new PacedSender({ ...account, baseUrl: api.baseUrl }, 'email', rate, (i) => `${PREFIX}${i}@example.com`).start();
      const started = performance.now();
      const samples: Sample[] = [];
      for (let minute = 1; minute <= minutes; minute += 1) {
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + minute * 60_000 - performance.now())));
        const sample = { minute, apiRss: api.child.rssBytes(), workerRss: worker.rssBytes() };
        samples.push(sample);
        const backlog = (await environment.queues.jobCounts('email')).waiting ?? 0;
        say(
          `minute ${String(minute).padStart(2)}: RSS API ${mb(sample.apiRss)}, worker ${mb(sample.workerRss)}; sent ${sender.accepted.length}, delivered ${soakArrivals(smtp)}, ` +
            `backlog ${backlog}, stalled ${stalled}, failed ${failed}; ${loadAverageText()}`,
        );
      }
      await sender.stop();
      say(
        `sending stopped: ${sender.accepted.length} accepted, ${sender.latenciesMs.length - sender.accepted.length} refused ${JSON.stringify(sender.statusCodes)}, ${sender.errors} errors; p50 ${sender.quantile(0.5).toFixed(0)} ms, p99 ${sender.quantile(0.99).toFixed(0)} ms`,
      );
      await drain(smtp, sender.accepted.length);
      await report(environment, smtp, sender, samples, { stalled, failed }, say);
    } finally {
      await worker?.stop();
      await api.stop();
    }
  } finally {
    await events.close();
    await smtp.stop();
    await environment.close();
    if (lines.length) saveSummary('soak', lines);
  }
}

/** Waits for the backlog to reach the SMTP sink: until all have arrived, or nothing has for a minute (capped at 15 minutes). */
async function drain(smtp: CountingSmtpServer, accepted: number): Promise<void> {
  let last = soakArrivals(smtp);
  let lastProgress = performance.now();
  await waitUntil(
    () => {
      const now = soakArrivals(smtp);
      if (now > last) [last, lastProgress] = [now, performance.now()];
      return now >= accepted || performance.now() - lastProgress > DRAIN_STALL_MS;
    },
    { timeoutMs: DRAIN_LIMIT_MS, intervalMs: 500 },
  );
}

async function report(
  environment: BenchEnvironment,
  smtp: CountingSmtpServer,
  sender: PacedSender,
  samples: Sample[],
  jobs: { stalled: number; failed: number },
  say: (line: string) => void,
): Promise<void> {
  const lost = sender.accepted.filter(({ recipient }) => !smtp.recipients.has(recipient));
  const duplicated = [...smtp.recipients].filter(([address, count]) => address.startsWith(PREFIX) && count > 1).length;
  const statuses = await environment.database.statusesOf(sender.accepted.map(({ id }) => id));
  const notSent = sender.accepted.length - (statuses.sending ?? 0) - (statuses.delivered ?? 0);
  say(
    `at the end: ${sender.accepted.length} accepted, ${soakArrivals(smtp)} reached SMTP, lost ${lost.length}, duplicated ${duplicated}; not sending/delivered in the database ${notSent} ${JSON.stringify(statuses)}`,
  );
  say(`jobs: stalled ${jobs.stalled}, failed ${jobs.failed} (QueueEvents on send-email)`);
  // After the warm-up: minute 2, or minute 1 of a run too short for that.
  const warm = samples[Math.min(1, samples.length - 2)] ?? samples[0];
  const end = samples.at(-1);
  if (warm && end) {
    const growth = (before: number, after: number) => `${(((after - before) / before) * 100).toFixed(1)}%`;
    say(
      `RSS growth minute ${warm.minute} -> ${end.minute}: API ${mb(warm.apiRss)} -> ${mb(end.apiRss)} (${growth(warm.apiRss, end.apiRss)}), ` +
        `worker ${mb(warm.workerRss)} -> ${mb(end.workerRss)} (${growth(warm.workerRss, end.workerRss)}) (target < 10%)`,
    );
  }
  say(`machine: ${loadAverageText()}`);
}

main()
  .catch((error: unknown) => {
    console.error('The soak failed:', error);
    process.exitCode = 1;
  })
  .finally(exitIfStuck);
