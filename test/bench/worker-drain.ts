import { performance } from 'node:perf_hooks';
import type { BenchAccount } from './bench-account';
import type { BenchChild } from './bench-child';
import type { BenchEnvironment } from './bench-environment';
import { CountingSmtpServer } from './counting-smtp-server';
import { median } from './floor-pairs';
import { ApiProcess, startWorkerProcess } from './herald-process';
import { LoadTarget, postNotifications } from './notification-load';
import { loadAverageText } from './pairs-report';
import { machineCpu, machineCpuSince } from './process-usage';
import { waitUntil } from './wait-until';

export interface DrainPlan {
  readonly emails: number;
  readonly rounds: number;
  readonly fillConnections: number;
  readonly giveUpAfterMs: number;
}

/** Where the CPU of the machine's cores went while the backlog drained, % of all cores' time. */
export interface CpuShare {
  readonly busy: number;
  readonly workers: number;
  /** This process: the SMTP sink counting messages (and the benchmark's polling). */
  readonly smtpSink: number;
  readonly postgres: number;
  readonly redis: number;
  /** Everything else busy on the machine: the idle API, other users of the machine. */
  readonly other: number;
}

export interface DrainRun {
  readonly round: number;
  readonly workers: number;
  readonly stored: number;
  readonly delivered: number;
  readonly allDelivered: boolean;
  readonly seconds: number;
  readonly emailsPerSecond: number;
  readonly workerCpuMsPerEmail: number;
  readonly share: CpuShare;
  readonly smtpPeakConnections: number;
  readonly loadAverage: string;
}

export interface DrainFigures {
  readonly runs: DrainRun[];
  readonly oneWorkerPerSecond: number;
  readonly twoWorkersPerSecond: number;
  /** Median over rounds of (two workers' rate / one worker's rate) in the same round. */
  readonly twoWorkerRatio: number;
  readonly oneWorkerCpuMsPerEmail: number;
  readonly twoWorkersCpuMsPerEmail: number;
}

const say = (line: string) => console.log(`  ${line}`);
const QUIET_CPU_MS_PER_SECOND = 30;

/**
 * A backlog of emails stored through the API (its own process) with the send-email queue paused,
 * then worker processes started, joined to the queue and quiet, then the queue resumed: the clock
 * and the workers' CPU run from the resume to the last email the counting SMTP server accepts.
 * One worker and two workers in alternating order, for `rounds` rounds.
 */
export async function measureDrains(environment: BenchEnvironment, account: BenchAccount, plan: DrainPlan): Promise<DrainFigures> {
  const runs: DrainRun[] = [];
  const api = await ApiProcess.start(environment.source);
  try {
    const target = { ...account, baseUrl: api.baseUrl };
    for (let round = 1; round <= plan.rounds; round += 1) {
      for (const workers of round % 2 ? [1, 2] : [2, 1]) {
        console.log(`\nWorker drain, round ${round}: ${plan.emails} emails, ${workers} worker process${workers > 1 ? 'es' : ''}; ${loadAverageText()}`);
        const run = await drainOnce(environment, target, plan, round, workers);
        runs.push(run);
        say(drainLine(run));
      }
    }
  } finally {
    await api.stop();
    await environment.clearHerald();
  }
  const of = (workers: number, pick: (run: DrainRun) => number) => median(runs.filter((run) => run.workers === workers).map(pick));
  const ratios = [...new Set(runs.map((run) => run.round))].map((round) => {
    const rate = (workers: number) => runs.find((run) => run.round === round && run.workers === workers)!.emailsPerSecond;
    return rate(2) / rate(1);
  });
  return {
    runs,
    oneWorkerPerSecond: of(1, (run) => run.emailsPerSecond),
    twoWorkersPerSecond: of(2, (run) => run.emailsPerSecond),
    twoWorkerRatio: median(ratios),
    oneWorkerCpuMsPerEmail: of(1, (run) => run.workerCpuMsPerEmail),
    twoWorkersCpuMsPerEmail: of(2, (run) => run.workerCpuMsPerEmail),
  };
}

export function drainLine(run: DrainRun): string {
  const s = run.share;
  return (
    `${run.delivered}/${run.stored} emails${run.allDelivered ? '' : ' (GAVE UP)'} in ${run.seconds.toFixed(1)} s = ${run.emailsPerSecond.toFixed(0)} emails/s; ` +
    `worker CPU ${run.workerCpuMsPerEmail.toFixed(2)} ms per email; SMTP connections at most ${run.smtpPeakConnections} at once\n` +
    `  cores (2 = 100%): busy ${s.busy.toFixed(0)}% = workers ${s.workers.toFixed(0)}% + SMTP sink ${s.smtpSink.toFixed(0)}% + PostgreSQL ${s.postgres.toFixed(0)}% + Redis ${s.redis.toFixed(0)}% + other ${s.other.toFixed(0)}%; ${run.loadAverage}`
  );
}

async function drainOnce(environment: BenchEnvironment, target: LoadTarget, plan: DrainPlan, round: number, workerCount: number): Promise<DrainRun> {
  await environment.clearHerald();
  await environment.queues.pause('email');
  const stored = await fillBacklog(environment, target, plan);
  const smtp = await new CountingSmtpServer().start();
  const workers: BenchChild[] = [];
  try {
    for (let i = 0; i < workerCount; i += 1) workers.push(startWorkerProcess({ ...environment.source, SMTP_URL: smtp.url }, `worker ${i + 1}`));
    const joined = await workers[0].whileRunning(
      waitUntil(async () => (await environment.queues.workerCount('email')) >= workerCount, { timeoutMs: 120_000, intervalMs: 200 }),
    );
    if (!joined) throw new Error(`${workerCount} worker(s) did not join the send-email queue within 120 s`);
    await untilQuiet(workers);
    const workersCpu = () => workers.reduce((sum, worker) => sum + worker.cpuMs(), 0);
    const cpuBefore = { workers: workersCpu(), self: process.cpuUsage(), machine: machineCpu() };
    const started = performance.now();
    await environment.queues.resume('email');
    const allDelivered = await waitUntil(() => smtp.received >= stored, {
      timeoutMs: plan.giveUpAfterMs,
      intervalMs: 10,
      onPoll: progress(smtp, stored, started),
    });
    const seconds = ((allDelivered ? smtp.lastArrival : performance.now()) - started) / 1000;
    // The worker records each email after SMTP accepts it: let the last few land before reading its CPU.
    await waitUntil(async () => (await sentRows(environment)) >= stored, { timeoutMs: 30_000, intervalMs: 50 });
    const workersMs = workersCpu() - cpuBefore.workers;
    const selfCpu = process.cpuUsage(cpuBefore.self);
    const machine = machineCpuSince(cpuBefore.machine);
    const percent = (ms: number) => (100 * Math.max(0, ms)) / machine.totalMs;
    const named = {
      workers: percent(workersMs),
      smtpSink: percent((selfCpu.user + selfCpu.system) / 1000),
      postgres: percent(machine.byCommand.postgres),
      redis: percent(machine.byCommand['redis-server']),
    };
    const busy = percent(machine.busyMs);
    return {
      round,
      workers: workerCount,
      stored,
      delivered: smtp.received,
      allDelivered,
      seconds,
      emailsPerSecond: smtp.received / seconds,
      workerCpuMsPerEmail: workersMs / Math.max(1, smtp.received),
      share: { busy, ...named, other: Math.max(0, busy - named.workers - named.smtpSink - named.postgres - named.redis) },
      smtpPeakConnections: smtp.peakConnections,
      loadAverage: loadAverageText(),
    };
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
    await smtp.stop();
  }
}

/** Stores `plan.emails` through the API, topping up if some requests fail; returns how many rows are stored. */
async function fillBacklog(environment: BenchEnvironment, target: LoadTarget, plan: DrainPlan): Promise<number> {
  const started = performance.now();
  let stored = 0;
  for (let attempt = 0; attempt < 3 && stored < plan.emails; attempt += 1) {
    const missing = plan.emails - stored;
    await postNotifications(target, 'email', { connections: Math.min(plan.fillConnections, missing), seconds: 600, maxRequests: missing });
    stored = (await environment.database.notificationStatuses()).created ?? 0;
  }
  say(`stored ${stored} emails through the API in ${((performance.now() - started) / 1000).toFixed(1)} s (queue paused)`);
  return stored;
}

async function sentRows(environment: BenchEnvironment): Promise<number> {
  const statuses = await environment.database.notificationStatuses();
  return (statuses.sending ?? 0) + (statuses.delivered ?? 0);
}

/** Waits (up to 30 s) until the workers' start-up work is over: together under 30 ms of CPU a second each. */
async function untilQuiet(workers: BenchChild[]): Promise<void> {
  const total = () => workers.reduce((sum, worker) => sum + worker.cpuMs(), 0);
  let previous = total();
  for (let second = 0; second < 30; second += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = total();
    if (now - previous < QUIET_CPU_MS_PER_SECOND * workers.length) return;
    previous = now;
  }
}

function progress(smtp: CountingSmtpServer, stored: number, started: number): () => void {
  let next = performance.now() + 10_000;
  return () => {
    if (performance.now() < next) return;
    next += 10_000;
    say(`delivered ${smtp.received}/${stored} after ${((performance.now() - started) / 1000).toFixed(0)} s`);
  };
}
