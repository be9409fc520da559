import { setPriority } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import type { HeraldConfig } from '@herald/config';
import { InternalApiClient } from '@herald/contracts';
import { ServiceRepository } from '@herald/persistence';
import { openPersistence, Scenario } from '@herald/testing';
import type { BenchAccount } from './bench-account';
import { exitIfStuck, numberOption } from './bench-args';
import type { BenchChild } from './bench-child';
import { BenchEnvironment } from './bench-environment';
import { saveSummary } from './bench-results';
import { CountingSmtpServer } from './counting-smtp-server';
import { ApiProcess, startWorkerProcess } from './herald-process';
import { PacedSender } from './paced-sender';
import { loadAverageText } from './pairs-report';
import { quantile } from './quantile';
import { waitUntil } from './wait-until';

/**
 * `npm run bench:bulk [-- --rows 100000 --workers 1 --rate 50 --worker-nice 0]`: a CSV of `rows` emails streamed
 * to the API (its own process) and checked, then sent as a job by worker processes into a
 * loopback SMTP sink: the time until every row is handed over, the peak RSS of the API and of each
 * worker, and the API's p95 for single sends at a light steady rate, idle and while the job drains.
 * The CSV is generated as it is sent, never held whole. Figures only; it asserts nothing.
 *
 * All share the machine's cores. `--worker-nice 10` gives the worker processes a lower CPU
 * priority than the API's, as container CPU shares would in production. PostgreSQL and Redis,
 * which serve both, keep their priority, so the API still waits for them while the job drains.
 */
const DATABASE = 'herald_bench_bulk';
const BULK_PREFIX = 'person';
const WARM_UP_SECONDS = 10;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function* csvLines(rows: number): Generator<string> {
  yield 'email address,name,reference\n';
  for (let i = 0; i < rows; i += 1) yield `${BULK_PREFIX}${i}@example.com,Person number ${i},REF-${String(i).padStart(8, '0')}\n`;
}

interface BulkAccount extends BenchAccount {
  readonly bulkTemplateId: string;
  readonly sessionToken: string;
}

async function seed(config: HeraldConfig): Promise<BulkAccount> {
  const context = await openPersistence(config);
  try {
    const scenario = new Scenario(context);
    const service = await scenario.aService({ name: 'Bulk Benchmark Office', live: true });
    await context.get(ServiceRepository).update(service.id, { rateLimit: 100_000_000, emailMessageLimit: 100_000_000 });
    const key = await scenario.anApiKey(service.id, 'normal', 'bench');
    const email = await scenario.anEmailTemplate(service.id);
    const bulk = await scenario.anEmailTemplate(service.id, { subject: 'Your reference', content: 'Dear ((name)), your reference is ((reference)).' });
    const user = await scenario.aUser({ serviceId: service.id });
    return {
      key: { serviceId: key.serviceId, secret: key.secret },
      templateIds: { email: email.id, sms: email.id, letter: email.id },
      bulkTemplateId: bulk.id,
      sessionToken: await scenario.aSession(user.id),
    };
  } finally {
    await context.close();
  }
}

/**
 * Single sends at `rate` until `until` resolves: their latencies and how many were accepted.
 * `phase` names the addresses (`<phase>1@example.com`, ...), so each phase's emails are told apart at the sink.
 */
async function singleSends(api: ApiProcess, account: BulkAccount, phase: string, rate: number, until: () => Promise<boolean>): Promise<PacedSender> {
  let n = 0;
  const sender = new PacedSender({ ...account, baseUrl: api.baseUrl }, 'email', rate, () => `${phase}${(n += 1)}@example.com`).start();
  await until();
  await sender.stop();
  return sender;
}

const forSeconds = (seconds: number) => () => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), seconds * 1000));

/** Accept (201) to SMTP arrival of each single send, once every one has arrived: ms. */
async function handOffMs(sender: PacedSender, smtp: CountingSmtpServer): Promise<number[]> {
  const arrived = () => sender.accepted.every(({ recipient }) => smtp.firstArrivals.has(recipient));
  await waitUntil(async () => arrived(), { timeoutMs: 120_000, intervalMs: 250 });
  return sender.accepted.flatMap(({ recipient, acceptedAt }) => {
    const at = smtp.firstArrivals.get(recipient);
    return at === undefined ? [] : [at - acceptedAt];
  });
}

const handOffText = (ms: readonly number[], of: number) =>
  `p50 ${quantile(ms, 0.5).toFixed(0)} ms, p95 ${quantile(ms, 0.95).toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms (${ms.length} of ${of} arrived)`;

const bulkArrivals = (smtp: CountingSmtpServer) => [...smtp.recipients.keys()].filter((address) => address.startsWith(BULK_PREFIX)).length;

async function main(): Promise<void> {
  const rows = numberOption('rows', 100_000);
  const workerCount = numberOption('workers', 1);
  const rate = numberOption('rate', 50);
  const idleSeconds = numberOption('idle-seconds', 20);
  const giveUpMs = numberOption('give-up-minutes', 30) * 60_000;
  const workerNice = numberOption('worker-nice', 0);
  const environment = await BenchEnvironment.open(DATABASE);
  const smtp = await new CountingSmtpServer().start({ recordRecipients: true });
  const workers: BenchChild[] = [];
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    console.log(line);
  };
  try {
    const account = await seed(environment.config);
    const api = await ApiProcess.start(environment.source);
    try {
      for (let i = 0; i < workerCount; i += 1) workers.push(startWorkerProcess({ ...environment.source, SMTP_URL: smtp.url }, `worker ${i + 1}`));
      for (const worker of workers) setPriority(worker.pid, workerNice);
      await workers[0].whileRunning(
        waitUntil(async () => (await environment.queues.workerCount('email')) >= workerCount, { timeoutMs: 120_000, intervalMs: 200 }),
      );
      say(`Bulk benchmark: ${rows} rows, API and ${workerCount} worker process(es) (nice ${workerNice}), single sends at ${rate}/s; ${loadAverageText()}`);

      // Unrecorded: the API's first requests (JIT, pools, caches) and the worker's start-up are not "idle".
      await singleSends(api, account, 'warm', rate, forSeconds(WARM_UP_SECONDS));
      const idle = await singleSends(api, account, 'idle', rate, forSeconds(idleSeconds));
      say(
        `API idle:         single sends at ${rate}/s for ${idleSeconds} s: p50 ${idle.quantile(0.5).toFixed(0)} ms, p95 ${idle.quantile(0.95).toFixed(0)} ms (${idle.accepted.length} accepted)`,
      );

      const client = new InternalApiClient(api.baseUrl, account.sessionToken);
      const uploadStarted = performance.now();
      const upload = await client.jobs.upload(account.key.serviceId, account.bulkTemplateId, 'bench.csv', Readable.from(csvLines(rows)));
      if (!upload.ok) throw new Error(`The bench file was refused: ${JSON.stringify(upload.problems.slice(0, 3))}`);
      const uploadSeconds = (performance.now() - uploadStarted) / 1000;
      say(`upload:           ${upload.rowCount} rows streamed, checked and stored in ${uploadSeconds.toFixed(1)} s`);

      const jobStarted = performance.now();
      const { jobId } = await client.jobs.start(account.key.serviceId, account.bulkTemplateId, upload.uploadId);
      let queuedSeconds = Number.NaN;
      let handedSeconds = Number.NaN;
      let nextProgress = performance.now() + 10_000;
      const busy = await singleSends(api, account, 'busy', rate, () =>
        waitUntil(
          async () => {
            if (Number.isNaN(queuedSeconds) && (await environment.database.jobStatus(jobId)) === 'finished')
              queuedSeconds = (performance.now() - jobStarted) / 1000;
            const handed = bulkArrivals(smtp);
            if (performance.now() >= nextProgress) {
              nextProgress += 10_000;
              const job = await environment.database.jobStatus(jobId);
              console.log(
                `  ${handed} rows handed to SMTP (${smtp.received} emails in all) after ${((performance.now() - jobStarted) / 1000).toFixed(0)} s, job ${job}; ${loadAverageText()}`,
              );
            }
            if (handed < rows) return false;
            handedSeconds = (performance.now() - jobStarted) / 1000;
            return true;
          },
          { timeoutMs: giveUpMs, intervalMs: 250 },
        ),
      );
      const handed = bulkArrivals(smtp);
      say(`job:              all ${rows} rows queued as notifications ${queuedSeconds.toFixed(1)} s after the job started`);
      say(
        `handed over:      ${handed}/${rows} rows${handed < rows ? ' (GAVE UP)' : ''} at the SMTP sink ${handedSeconds.toFixed(1)} s after the job started (${(handed / handedSeconds).toFixed(0)} emails/s), ${(uploadSeconds + handedSeconds).toFixed(1)} s from the upload's start (target <= 120 s)`,
      );
      say(
        `API during job:   single sends at ${rate}/s: p50 ${busy.quantile(0.5).toFixed(0)} ms, p95 ${busy.quantile(0.95).toFixed(0)} ms (${busy.accepted.length} accepted) = ${(busy.quantile(0.95) / idle.quantile(0.95)).toFixed(2)}x idle p95 (target <= 1.2x)`,
      );
      const [idleHandOff, busyHandOff] = [await handOffMs(idle, smtp), await handOffMs(busy, smtp)];
      say(`single sends' hand-off (201 to SMTP sink), idle: ${handOffText(idleHandOff, idle.accepted.length)}`);
      say(`                              during the job: ${handOffText(busyHandOff, busy.accepted.length)}`);
      say(
        `peak RSS:         API ${mb(api.child.peakRssBytes())}, worker(s) ${workers.map((worker) => mb(worker.peakRssBytes())).join(', ')} (target <= 512 MB)`,
      );
      say(`machine:          ${loadAverageText()}`);
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
      await api.stop();
    }
  } finally {
    await smtp.stop();
    await environment.close();
    if (lines.length) saveSummary('bulk', lines);
  }
}

main()
  .catch((error: unknown) => {
    console.error('The bulk benchmark failed:', error);
    process.exitCode = 1;
  })
  .finally(exitIfStuck);
