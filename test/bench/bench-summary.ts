import { availableParallelism, cpus } from 'node:os';
import type { AcceptFigures, AcceptPlan } from './accept-phase';
import type { LetterRenderFigures } from './letter-pdf-render';
import { loadAverageText } from './pairs-report';
import type { WireFigures } from './wire-counts';
import type { DrainFigures, DrainPlan } from './worker-drain';

const n = (value: number, digits = 0) =>
  Number.isFinite(value) ? value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '?';

export interface BenchResults {
  readonly plan: { accept: AcceptPlan; drain: DrainPlan };
  readonly accept?: AcceptFigures;
  readonly drains?: DrainFigures;
  readonly letters?: LetterRenderFigures;
}

const wire = (f: WireFigures) =>
  `${f.server.padEnd(6)} ${f.channel.padEnd(5)} PostgreSQL ${n(f.pgStatements, 1)} statements / ${n(f.pgRoundTrips, 1)} round trips; Redis ${n(f.redisCommands, 1)} commands (${n(f.redisCommands + f.redisCommandsInScripts, 1)} with those in scripts) / ${n(f.redisRoundTrips, 1)} round trips`;

function acceptLines(plan: AcceptPlan, accept: AcceptFigures | undefined): string[] {
  if (!accept) return ['accept:          not reached'];
  return [
    `accept:          ${plan.pairs} interleaved pairs per channel, ${plan.connections} connections, ${plan.seconds} s a run, each server in its own process, fresh JWT per request`,
    ...accept.summaries.map(
      (s) =>
        `${s.channel.padEnd(5)} (medians)   floor ${n(s.floorPerSecond)} /s p50 ${n(s.floorP50)} / p99 ${n(s.floorP99)} ms CPU ${n(s.floorCpuMs, 2)} ms | ` +
        `Herald ${n(s.heraldPerSecond)} /s p50 ${n(s.heraldP50)} / p99 ${n(s.heraldP99)} ms CPU ${n(s.heraldCpuMs, 2)} ms | rate ${n(s.rateRatio, 2)}x floor (target >= 0.5x), CPU ${n(s.cpuRatio, 1)}x`,
    ),
    ...Object.entries(accept.pairs).map(
      ([channel, pairs]) =>
        `${channel.padEnd(5)} pairs       Herald/floor rate ${pairs.map((p) => n(p.herald.load.acceptedPerSecond / p.floor.load.acceptedPerSecond, 2)).join(', ')}; load (1 min) ${pairs.map((p) => n(p.loadAverage[0], 1)).join(', ')}`,
    ),
    ...accept.halfRate.map(
      (h) =>
        `${h.channel.padEnd(5)} half rate   ${n(h.ratePerSecond)} /s asked, ${n(h.load.acceptedPerSecond)} /s accepted: p50 ${n(h.load.latencyP50Ms)} ms, p99 ${n(h.load.latencyP99Ms)} ms (target < 100 ms)`,
    ),
    ...accept.wire.map((f) => `per send        ${wire(f)}`),
  ];
}

function drainLines(plan: DrainPlan, drains: DrainFigures | undefined): string[] {
  if (!drains) return ['worker:          not reached'];
  const shares = (workers: number) => {
    const run = drains.runs.filter((r) => r.workers === workers).at(-1);
    if (!run) return '';
    const s = run.share;
    return `cores (2 = 100%) with ${workers}: busy ${n(s.busy)}% = workers ${n(s.workers)}%, SMTP sink ${n(s.smtpSink)}%, PostgreSQL ${n(s.postgres)}%, Redis ${n(s.redis)}%, other ${n(s.other)}%`;
  };
  return [
    `worker:          ${n(plan.emails)}-email backlog, ${plan.rounds} rounds of one worker process and two (alternating order), loopback SMTP sink in the bench process`,
    `worker CPU       ${n(drains.oneWorkerCpuMsPerEmail, 2)} ms per email with one worker, ${n(drains.twoWorkersCpuMsPerEmail, 2)} with two (target <= 1.5 ms)`,
    `worker rate      one ${n(drains.oneWorkerPerSecond)} emails/s, two ${n(drains.twoWorkersPerSecond)} emails/s: two-worker ratio ${n(drains.twoWorkerRatio, 2)}x (target >= 1.8x with the cores for it)`,
    `                 ${shares(1)}`,
    `                 ${shares(2)}`,
  ];
}

export function benchSummaryLines({ plan, accept, drains, letters }: BenchResults): string[] {
  return [
    '================ Herald benchmark summary ================',
    `node ${process.version}, ${availableParallelism()} CPUs (${cpus()[0]?.model ?? 'unknown'}); ${loadAverageText()} at the end`,
    ...acceptLines(plan.accept, accept),
    ...drainLines(plan.drain, drains),
    letters ? `letter PDFs:     ${n(letters.letters)} in ${n(letters.seconds, 1)} s = ${n(letters.pdfsPerSecond, 1)} PDFs/s` : 'letter PDFs:     not reached',
    'bulk:            npm run bench runs it next (npm run bench:bulk alone); its figures are in the block at the end',
    '==========================================================',
  ];
}
