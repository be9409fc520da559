import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { ConfigSource, loadConfig, loadTestSettings } from '@herald/config';
import { InternalApiClient } from '@herald/contracts';
import { JobRepository, ServiceRepository, SessionRepository } from '@herald/persistence';
import { HeraldUnderTest } from '@herald/testing';
import { createWorkerContext } from '../../apps/worker/src/create-worker-context';
import { BenchDatabase } from './bench-database';
import { BenchQueues } from './bench-queues';

/**
 * `npm run bench:bulk`: a 100,000-row CSV streamed to the API and checked (time, and this
 * process's peak RSS above where it started), then the job that sends it: how fast one worker
 * turns rows into queued notifications. The CSV is generated as it is sent, never held whole.
 * Figures only; it asserts nothing.
 */
const DATABASE = 'herald_bench_bulk';
const ROWS = 100_000;
const RSS_SAMPLE_MS = 25;
const GIVE_UP_AFTER_MS = 10 * 60_000;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function* csvLines(rows: number): Generator<string> {
  yield 'email address,name,reference\n';
  for (let i = 0; i < rows; i += 1) yield `person${i}@example.com,Person number ${i},REF-${String(i).padStart(8, '0')}\n`;
}

function csvBytes(rows: number): number {
  let bytes = 0;
  for (const line of csvLines(rows)) bytes += Buffer.byteLength(line);
  return bytes;
}

/** Samples this process's resident set size while `work` runs. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; baseline: number; peak: number }> {
  global.gc?.();
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, RSS_SAMPLE_MS);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, baseline, peak };
  } finally {
    clearInterval(timer);
  }
}

async function main(): Promise<void> {
  const machine = loadTestSettings();
  const dataDir = mkdtempSync(join(tmpdir(), 'herald-bench-bulk-'));
  const database = await BenchDatabase.recreate(machine.postgresUrl, DATABASE);
  const source: ConfigSource = {
    DATABASE_URL: database.url,
    REDIS_URL: machine.redisUrl,
    QUEUE_PREFIX: `{herald-bench-bulk-${randomBytes(4).toString('hex')}}`,
    ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'error',
    API_PORT: '0',
    DATA_DIR: dataDir,
  };
  const config = loadConfig(source);
  const queues = new BenchQueues(config);
  const herald = await HeraldUnderTest.start(config);
  try {
    const service = await herald.scenario.aService({ name: 'Bulk Benchmark Office', live: true });
    await herald.get(ServiceRepository).update(service.id, { emailMessageLimit: 100_000_000 });
    const template = await herald.scenario.anEmailTemplate(service.id, {
      subject: 'Your reference',
      content: 'Dear ((name)), your reference is ((reference)).',
    });
    const user = await herald.scenario.aUser({ serviceId: service.id });
    const client = new InternalApiClient(herald.baseUrl, (await herald.get(SessionRepository).open(user.id)).token);

    console.log(`\n[1/2] Upload and check: ${ROWS.toLocaleString('en-GB')} rows streamed to the API (API and sender in this process)`);
    const started = performance.now();
    const { result, baseline, peak } = await withPeakRss(() => client.jobs.upload(service.id, template.id, 'bench.csv', Readable.from(csvLines(ROWS))));
    const seconds = (performance.now() - started) / 1000;
    if (!result.ok) throw new Error(`The bench file was refused: ${JSON.stringify(result.problems.slice(0, 3))}`);
    console.log(
      `  ${result.rowCount.toLocaleString('en-GB')} rows checked and stored in ${seconds.toFixed(1)} s (${Math.round(result.rowCount / seconds).toLocaleString('en-GB')} rows/s)`,
    );
    console.log(`  RSS: ${mb(baseline)} before, ${mb(peak)} at peak (+${mb(peak - baseline)}); the file itself is ${mb(csvBytes(ROWS))}`);

    console.log(`\n[2/2] Job: one worker turns the rows into notifications and queues them (bulk priority); delivery not measured`);
    const worker = await createWorkerContext(config);
    try {
      const jobStarted = performance.now();
      const { jobId } = await client.jobs.start(service.id, template.id, result.uploadId);
      const jobs = herald.get(JobRepository);
      for (;;) {
        const job = await jobs.find(service.id, jobId);
        if (job?.status === 'finished') break;
        if (performance.now() - jobStarted > GIVE_UP_AFTER_MS) throw new Error(`Gave up after ${GIVE_UP_AFTER_MS / 1000} s at ${job?.rowsProcessed} rows`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const jobSeconds = (performance.now() - jobStarted) / 1000;
      console.log(
        `  ${ROWS.toLocaleString('en-GB')} notifications created and queued in ${jobSeconds.toFixed(1)} s (${Math.round(ROWS / jobSeconds).toLocaleString('en-GB')} rows/s)`,
      );
    } finally {
      await worker.close();
    }
  } finally {
    await herald.stop();
    await queues.obliterateAll();
    await queues.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
