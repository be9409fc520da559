import { loadavg } from 'node:os';
import type { PairFigures, PairsSummary, RunFigures } from './floor-pairs';
import type { WireFigures } from './wire-counts';

const n = (value: number, digits = 0) =>
  Number.isFinite(value) ? value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '?';

export const loadAverageText = (load: readonly number[] = loadavg()) => `load average ${load.map((l) => l.toFixed(2)).join(' ')}`;

const run = (label: string, figures: RunFigures) => {
  const { load } = figures;
  const failed = load.non2xx + load.socketErrors + load.timeouts;
  return `${label} ${n(load.acceptedPerSecond).padStart(5)} /s, p50 ${n(load.latencyP50Ms).padStart(3)} ms, p99 ${n(load.latencyP99Ms).padStart(4)} ms, CPU ${n(figures.cpuMsPerAccepted, 2)} ms/send${failed ? `, ${failed} failed ${JSON.stringify(load.statusCodes)}` : ''}`;
};

export function pairLine(pair: PairFigures, index: number): string {
  return [
    `pair ${index + 1} (${pair.floorFirst ? 'floor first' : 'Herald first'}): ${run('floor', pair.floor)}`,
    `                       ${run('Herald', pair.herald)}`,
    `                       Herald/floor: rate ${n(pair.herald.load.acceptedPerSecond / pair.floor.load.acceptedPerSecond, 2)}x, CPU per send ${n(pair.herald.cpuMsPerAccepted / pair.floor.cpuMsPerAccepted, 1)}x; ${loadAverageText(pair.loadAverage)}`,
  ].join('\n');
}

export function pairsSummaryLine(summary: PairsSummary): string {
  return (
    `${summary.channel.padEnd(5)} medians of ${summary.pairs} pairs: floor ${n(summary.floorPerSecond)} /s (p50 ${n(summary.floorP50)} / p99 ${n(summary.floorP99)} ms, ${n(summary.floorCpuMs, 2)} ms CPU), ` +
    `Herald ${n(summary.heraldPerSecond)} /s (p50 ${n(summary.heraldP50)} / p99 ${n(summary.heraldP99)} ms, ${n(summary.heraldCpuMs, 2)} ms CPU) -> ` +
    `rate ${n(summary.rateRatio, 2)}x floor, CPU ${n(summary.cpuRatio, 1)}x floor`
  );
}

const breakdown = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([name, count]) => `${name} ${n(count, 2)}`)
    .join(', ');

export function wireLines(figures: readonly WireFigures[]): string[] {
  return figures.flatMap((f) => [
    `${f.server.padEnd(6)} ${f.channel.padEnd(5)} (${f.accepted} sends, one at a time): PostgreSQL ${n(f.pgStatements, 2)} statements in ${n(f.pgRoundTrips, 2)} round trips [${breakdown(f.pgByKeyword)}]`,
    `${' '.repeat(13)}Redis ${n(f.redisCommands, 2)} commands (${n(f.redisCommands + f.redisCommandsInScripts, 2)} counting those inside scripts) in ${n(f.redisRoundTrips, 2)} round trips [${breakdown(f.redisByCommand)}]`,
  ]);
}

/** What the statements and commands per send are, so a reader knows what was counted. */
export const WIRE_METHOD =
  'PostgreSQL statements are read off the wire through a proxy (each simple Query and each Execute, BEGIN/COMMIT included); ' +
  "Redis commands from MONITOR filtered to the server process's connections; a round trip is each time the process speaks after the server answered";
