import { ChildProcess, execSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { ConfigSource, loadConfig, loadTestSettings } from '@herald/config';
import { QUEUES } from '@herald/queue';
import { BenchDatabase } from './bench-database';
import { BenchTarget } from './bench-target';
import { CountingSmtpServer } from './counting-smtp-server';
import { postNotifications } from './notification-load';
import { waitUntil } from './wait-until';

/**
 * The worker's CPU per email: a backlog stored through the API (with the send-email queue paused),
 * then `--workers` standalone worker processes (dist/apps/worker) drain it into a loopback SMTP
 * server that only counts. CPU is read from /proc for the worker processes alone, from the moment
 * the queue is resumed until every email is accepted by SMTP and recorded `sending`.
 *
 *   npx tsc -p tsconfig.bench.json --outDir artifacts/wcpu --tsBuildInfoFile artifacts/wcpu/.tsbuildinfo
 *   npx tsc-alias -p tsconfig.bench.json --outDir artifacts/wcpu
 *   node artifacts/wcpu/test/bench/worker-cpu-per-email.js --emails 3000 --workers 1 [--concurrency 16] [--replay-after S] [--cpu-prof DIR]
 *
 * Prints figures; asserts nothing.
 */
interface Options {
  readonly emails: number;
  readonly workers: number;
  readonly concurrency: number;
  readonly cpuProfDir: string | null;
  /** The replay sweep's REPLAY_AFTER_SECONDS: by default longer than the run, so only sends are measured. */
  readonly replayAfterSeconds: number;
}

// A database of its own per run, so runs side by side (before and after a change) do not meet.
const DATABASE = `herald_bench_worker_cpu_${process.pid}`;
const GIVE_UP_AFTER_MS = 10 * 60_000;
const TICKS_PER_SECOND = Number(execSync('getconf CLK_TCK').toString().trim()) || 100;

function options(argv: string[]): Options {
  const value = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  return {
    emails: Number(value('emails') ?? 3000),
    workers: Number(value('workers') ?? 1),
    concurrency: Number(value('concurrency') ?? 16),
    cpuProfDir: value('cpu-prof') ?? null,
    replayAfterSeconds: Number(value('replay-after') ?? 3600),
  };
}

/** User + system CPU seconds a process has used so far (Linux /proc). */
function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

function totalCpu(workers: ChildProcess[]): number {
  return workers.reduce((sum, worker) => sum + cpuSecondsOf(worker.pid!), 0);
}

function startWorker(env: NodeJS.ProcessEnv, cpuProfDir: string | null): ChildProcess {
  const main = join(__dirname, '../../apps/worker/src/main.js');
  const flags = cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : [];
  const child = spawn(process.execPath, [...flags, main], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  return child;
}

/** Waits until the workers' CPU use settles after boot (under 3% of a core over a second). */
async function waitForQuiet(workers: ChildProcess[]): Promise<void> {
  let previous = totalCpu(workers);
  for (let round = 0; round < 60; round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = totalCpu(workers);
    if (now - previous < 0.03 * workers.length) return;
    previous = now;
  }
}

async function stopWorkers(workers: ChildProcess[]): Promise<void> {
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          if (worker.exitCode !== null) return resolve();
          worker.once('exit', () => resolve());
          worker.kill('SIGTERM');
        }),
    ),
  );
}

async function dropDatabase(adminUrl: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`).finally(() => admin.end());
}

async function main(): Promise<void> {
  const plan = options(process.argv.slice(2));
  const machine = loadTestSettings();
  const dataDir = mkdtempSync(join(tmpdir(), 'herald-worker-cpu-'));
  const database = await BenchDatabase.recreate(machine.postgresUrl, DATABASE);
  const source: ConfigSource = {
    DATABASE_URL: database.url,
    REDIS_URL: machine.redisUrl,
    QUEUE_PREFIX: `{herald-wcpu-${randomBytes(4).toString('hex')}}`,
    ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'error',
    API_PORT: '0',
    WORKER_PORT: '0',
    DATA_DIR: dataDir,
    WORKER_CONCURRENCY: String(plan.concurrency),
    REPLAY_AFTER_SECONDS: String(plan.replayAfterSeconds),
  };
  const config = loadConfig(source);
  const queue = new Queue(QUEUES.sendEmail, { connection: { url: config.redisUrl, maxRetriesPerRequest: null }, prefix: config.queuePrefix });
  const smtp = await new CountingSmtpServer().start();
  const workers: ChildProcess[] = [];
  try {
    await queue.pause();
    const target = await BenchTarget.start(config);
    try {
      console.log(`Storing ${plan.emails} emails through the API (queue paused)`);
      await postNotifications(target, 'email', { connections: 32, seconds: 600, maxRequests: plan.emails });
    } finally {
      await target.stop();
    }
    const stored = (await database.notificationStatuses()).created ?? 0;
    const env = { ...process.env, ...source, SMTP_URL: smtp.url };
    for (let i = 0; i < plan.workers; i += 1) workers.push(startWorker(env, plan.cpuProfDir));
    await waitUntil(async () => (await queue.getWorkersCount()) >= plan.workers, { timeoutMs: 120_000, intervalMs: 200 });
    await waitForQuiet(workers);
    const idleStart = totalCpu(workers);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const idlePerSecond = (totalCpu(workers) - idleStart) / 3;

    const cpuAtStart = totalCpu(workers);
    const started = performance.now();
    await queue.resume();
    const delivered = await waitUntil(() => smtp.received >= stored, { timeoutMs: GIVE_UP_AFTER_MS, intervalMs: 10 });
    const seconds = (smtp.lastArrival - started) / 1000;
    await waitUntil(async () => ((await database.notificationStatuses()).sending ?? 0) >= stored, { timeoutMs: 120_000, intervalMs: 50 });
    const cpu = totalCpu(workers) - cpuAtStart;
    const perWorker = workers.map((worker) => cpuSecondsOf(worker.pid!));

    console.log(
      `workers ${plan.workers} × concurrency ${plan.concurrency}, replay after ${plan.replayAfterSeconds} s; stored ${stored}; all delivered: ${delivered}`,
    );
    console.log(`delivered ${smtp.received} in ${seconds.toFixed(2)} s = ${(smtp.received / seconds).toFixed(0)} emails/s`);
    console.log(`worker CPU ${cpu.toFixed(2)} s = ${((cpu * 1000) / smtp.received).toFixed(2)} ms per email (idle ${(idlePerSecond * 1000).toFixed(0)} ms/s)`);
    console.log(`worker CPU totals since start (s): ${perWorker.map((s) => s.toFixed(2)).join(', ')}`);
    console.log(`SMTP connections: peak ${smtp.peakConnections}; statuses ${JSON.stringify(await database.notificationStatuses())}`);
    console.log(
      `load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await stopWorkers(workers);
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    await smtp.stop();
    await database.close();
    await dropDatabase(machine.postgresUrl);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main()
  .catch((error: unknown) => {
    console.error('Benchmark failed:', error);
    process.exitCode = 1;
  })
  .finally(() => setTimeout(() => process.exit(process.exitCode ?? 0), 2000).unref());
