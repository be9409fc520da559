import { loadavg } from 'node:os';
import type { BenchChannel } from './bench-channel';
import { LoadFigures, LoadShape, LoadTarget, postNotifications } from './notification-load';

/** A server the pairs drive: where to send, and how much CPU its process has used so far. */
export interface ServerUnderLoad {
  readonly target: LoadTarget;
  cpuMs(): number;
  /** Empties what earlier runs stored, so each run starts from the same state. */
  reset(): Promise<void>;
}

export interface RunFigures {
  readonly load: LoadFigures;
  /** CPU of the server's process over the run divided by the sends it accepted. */
  readonly cpuMsPerAccepted: number;
}

export interface PairFigures {
  readonly channel: BenchChannel;
  readonly floorFirst: boolean;
  readonly floor: RunFigures;
  readonly herald: RunFigures;
  /** The 1, 5 and 15 minute load averages when the pair ended. */
  readonly loadAverage: number[];
}

export interface PairPlan {
  readonly pairs: number;
  readonly connections: number;
  readonly seconds: number;
  /** A short unrecorded run of each server before the pairs: JIT, connection pools, caches. */
  readonly warmUpSeconds: number;
}

/** Requests still in flight when autocannon stops finish after it; their CPU belongs to the run. */
const SETTLE_MS = 500;

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export async function measureRun(server: ServerUnderLoad, channel: BenchChannel, shape: LoadShape): Promise<RunFigures> {
  await server.reset();
  const cpuBefore = server.cpuMs();
  const load = await postNotifications(server.target, channel, shape);
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const cpu = server.cpuMs() - cpuBefore;
  return { load, cpuMsPerAccepted: load.accepted > 0 ? cpu / load.accepted : Number.NaN };
}

/**
 * Interleaved pairs for one channel: the floor then Herald, then Herald then the floor, and so on,
 * with the same connections and duration, so a machine that gets busier slows both alike.
 */
export async function runPairs(
  channel: BenchChannel,
  servers: { floor: ServerUnderLoad; herald: ServerUnderLoad },
  plan: PairPlan,
  onPair: (pair: PairFigures, index: number) => void,
): Promise<PairFigures[]> {
  const shape = { connections: plan.connections, seconds: plan.seconds };
  for (const server of [servers.floor, servers.herald]) await measureRun(server, channel, { ...shape, seconds: plan.warmUpSeconds });
  const pairs: PairFigures[] = [];
  for (let index = 0; index < plan.pairs; index += 1) {
    const floorFirst = index % 2 === 0;
    const first = await measureRun(floorFirst ? servers.floor : servers.herald, channel, shape);
    const second = await measureRun(floorFirst ? servers.herald : servers.floor, channel, shape);
    const pair: PairFigures = {
      channel,
      floorFirst,
      floor: floorFirst ? first : second,
      herald: floorFirst ? second : first,
      loadAverage: loadavg(),
    };
    pairs.push(pair);
    onPair(pair, index);
  }
  return pairs;
}

/** The medians over a channel's pairs: Herald's rate and CPU as a ratio of the floor's. */
export interface PairsSummary {
  readonly channel: BenchChannel;
  readonly pairs: number;
  readonly floorPerSecond: number;
  readonly heraldPerSecond: number;
  readonly rateRatio: number;
  readonly floorP50: number;
  readonly floorP99: number;
  readonly heraldP50: number;
  readonly heraldP99: number;
  readonly floorCpuMs: number;
  readonly heraldCpuMs: number;
  readonly cpuRatio: number;
}

export function summarisePairs(channel: BenchChannel, pairs: readonly PairFigures[]): PairsSummary {
  const of = (pick: (pair: PairFigures) => number) => median(pairs.map(pick));
  return {
    channel,
    pairs: pairs.length,
    floorPerSecond: of((p) => p.floor.load.acceptedPerSecond),
    heraldPerSecond: of((p) => p.herald.load.acceptedPerSecond),
    rateRatio: of((p) => p.herald.load.acceptedPerSecond / p.floor.load.acceptedPerSecond),
    floorP50: of((p) => p.floor.load.latencyP50Ms),
    floorP99: of((p) => p.floor.load.latencyP99Ms),
    heraldP50: of((p) => p.herald.load.latencyP50Ms),
    heraldP99: of((p) => p.herald.load.latencyP99Ms),
    floorCpuMs: of((p) => p.floor.cpuMsPerAccepted),
    heraldCpuMs: of((p) => p.herald.cpuMsPerAccepted),
    cpuRatio: of((p) => p.herald.cpuMsPerAccepted / p.floor.cpuMsPerAccepted),
  };
}
