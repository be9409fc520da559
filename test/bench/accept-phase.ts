import type { BenchAccount } from './bench-account';
import type { BenchChannel } from './bench-channel';
import type { BenchEnvironment } from './bench-environment';
import { PairFigures, PairPlan, PairsSummary, runPairs, ServerUnderLoad, summarisePairs } from './floor-pairs';
import { FloorProcess, floorSettings } from './floor-process';
import { ApiProcess } from './herald-process';
import { LoadFigures, postNotifications } from './notification-load';
import { loadAverageText, pairLine, pairsSummaryLine, wireLines } from './pairs-report';
import { countWire, WireFigures } from './wire-counts';

export interface HalfRateFigures {
  readonly channel: BenchChannel;
  readonly ratePerSecond: number;
  readonly load: LoadFigures;
  readonly loadAverage: string;
}

export interface AcceptFigures {
  readonly pairs: Record<string, PairFigures[]>;
  readonly summaries: PairsSummary[];
  readonly halfRate: HalfRateFigures[];
  readonly wire: WireFigures[];
}

export interface AcceptPlan extends PairPlan {
  readonly channels: readonly BenchChannel[];
  readonly halfRateSeconds: number;
  readonly wire: { readonly warmUpSends: number; readonly sends: number };
}

const say = (line: string) => console.log(`  ${line}`);

/**
 * The floor and Herald's API, each in a child process of its own, driven in interleaved pairs per
 * channel; then Herald alone at half its median rate (latency when not saturated); then both
 * again through counting proxies for their PostgreSQL and Redis work per send.
 */
export async function measureAccept(environment: BenchEnvironment, account: BenchAccount, plan: AcceptPlan): Promise<AcceptFigures> {
  const settings = floorSettings(environment, account.key);
  const figures: AcceptFigures = { pairs: {}, summaries: [], halfRate: [], wire: [] };
  const floor = await FloorProcess.start(settings);
  try {
    const api = await ApiProcess.start(environment.source);
    try {
      const servers: Record<'floor' | 'herald', ServerUnderLoad> = {
        floor: { target: { ...account, baseUrl: floor.baseUrl }, cpuMs: () => floor.child.cpuMs(), reset: () => floor.reset(environment.database) },
        herald: { target: { ...account, baseUrl: api.baseUrl }, cpuMs: () => api.child.cpuMs(), reset: () => environment.clearHerald() },
      };
      for (const channel of plan.channels) {
        console.log(`\n${channel}: ${plan.pairs} interleaved pairs, ${plan.connections} connections, ${plan.seconds} s each; ${loadAverageText()}`);
        const pairs = await runPairs(channel, servers, plan, (pair, index) => say(pairLine(pair, index)));
        figures.pairs[channel] = pairs;
        figures.summaries.push(summarisePairs(channel, pairs));
        say(pairsSummaryLine(figures.summaries.at(-1)!));
      }
      for (const summary of figures.summaries) {
        const ratePerSecond = Math.max(1, Math.round(summary.heraldPerSecond / 2));
        console.log(`\n${summary.channel}: Herald at half its median rate, ${ratePerSecond} /s for ${plan.halfRateSeconds} s`);
        await environment.clearHerald();
        const load = await postNotifications(servers.herald.target, summary.channel, {
          connections: plan.connections,
          seconds: plan.halfRateSeconds,
          ratePerSecond,
        });
        figures.halfRate.push({ channel: summary.channel, ratePerSecond, load, loadAverage: loadAverageText() });
        say(
          `${load.acceptedPerSecond.toFixed(0)} /s accepted, p50 ${load.latencyP50Ms} ms, p99 ${load.latencyP99Ms} ms (target p99 < 100 ms), ${load.non2xx} non-2xx; ${loadAverageText()}`,
        );
      }
    } finally {
      await api.stop();
    }
  } finally {
    await floor.stop();
  }
  await environment.clearHerald();
  figures.wire.push(...(await countBoth(environment, account, plan)));
  return figures;
}

async function countBoth(environment: BenchEnvironment, account: BenchAccount, plan: AcceptPlan): Promise<WireFigures[]> {
  console.log(
    `\nPostgreSQL and Redis work per send: ${plan.wire.sends} sends one at a time after ${plan.wire.warmUpSends} to warm up, through counting proxies`,
  );
  const upstreams = { databaseUrl: environment.database.url, redisUrl: environment.config.redisUrl };
  const settings = floorSettings(environment, account.key);
  const floor = await countWire(
    'floor',
    upstreams,
    async (proxied) => {
      const server = await FloorProcess.start({ ...settings, ...proxied });
      return { target: { ...account, baseUrl: server.baseUrl }, stop: () => server.stop() };
    },
    plan.channels,
    plan.wire,
  );
  const herald = await countWire(
    'Herald',
    upstreams,
    async (proxied) => {
      const server = await ApiProcess.start({ ...environment.source, DATABASE_URL: proxied.databaseUrl, REDIS_URL: proxied.redisUrl });
      return { target: { ...account, baseUrl: server.baseUrl }, stop: () => server.stop() };
    },
    plan.channels,
    plan.wire,
  );
  const wire = [...floor, ...herald];
  wireLines(wire).forEach(say);
  await environment.clearHerald();
  return wire;
}
