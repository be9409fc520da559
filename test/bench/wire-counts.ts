import type { BenchChannel } from './bench-channel';
import { CountingProxy, IGNORE_CLIENT_BYTES, PgStatementTally } from './counting-proxy';
import { LoadTarget, postNotifications } from './notification-load';
import { RedisMonitorTally } from './redis-monitor-tally';

/** Per accepted send: what a server asked of PostgreSQL and Redis. */
export interface WireFigures {
  readonly server: string;
  readonly channel: BenchChannel;
  readonly accepted: number;
  readonly pgStatements: number;
  readonly pgRoundTrips: number;
  /** Statements by first keyword (SELECT, INSERT, BEGIN...), per send. */
  readonly pgByKeyword: Record<string, number>;
  readonly redisCommands: number;
  /** Commands run inside the server's Lua scripts (BullMQ's), per send. */
  readonly redisCommandsInScripts: number;
  readonly redisRoundTrips: number;
  readonly redisByCommand: Record<string, number>;
}

export interface CountedServer {
  readonly target: LoadTarget;
  stop(): Promise<void>;
}

export interface WirePlan {
  readonly warmUpSends: number;
  readonly sends: number;
}

/** Where the servers normally connect; the counting phase puts a proxy in between. */
export interface Upstreams {
  readonly databaseUrl: string;
  readonly redisUrl: string;
}

function upstreamOf(url: string, defaultPort: number): { host: string; port: number } {
  const parsed = new URL(url);
  return { host: parsed.hostname, port: Number(parsed.port || defaultPort) };
}

const perSend = (counts: Map<string, number>, sends: number) =>
  Object.fromEntries([...counts].sort(([, a], [, b]) => b - a).map(([name, count]) => [name, Math.round((100 * count) / sends) / 100]));

/**
 * The counting phase: one server started with its PostgreSQL and Redis connections through
 * counting proxies, sent one request at a time (so a round trip means one thing), after a warm-up
 * that fills its pools and caches. PostgreSQL statements are read off the wire (each simple Query
 * and each Execute); Redis commands come from MONITOR, filtered to the proxy's connections.
 */
export async function countWire(
  name: string,
  upstreams: Upstreams,
  start: (proxied: Upstreams) => Promise<CountedServer>,
  channels: readonly BenchChannel[],
  plan: WirePlan,
): Promise<WireFigures[]> {
  const statements = new PgStatementTally();
  const pg = await new CountingProxy(upstreamOf(upstreams.databaseUrl, 5432), () => statements.reader()).start();
  const redis = await new CountingProxy(upstreamOf(upstreams.redisUrl, 6379), IGNORE_CLIENT_BYTES).start();
  const figures: WireFigures[] = [];
  try {
    const server = await start({ databaseUrl: pg.rewrite(upstreams.databaseUrl), redisUrl: redis.rewrite(upstreams.redisUrl) });
    try {
      for (const channel of channels) {
        await postNotifications(server.target, channel, { connections: 1, seconds: 120, maxRequests: plan.warmUpSends });
        statements.reset();
        pg.roundTrips = 0;
        redis.roundTrips = 0;
        const monitor = new RedisMonitorTally(upstreams.redisUrl, redis.upstreamPorts);
        await monitor.start();
        let accepted: number;
        try {
          accepted = (await postNotifications(server.target, channel, { connections: 1, seconds: 120, maxRequests: plan.sends })).accepted;
          await new Promise((resolve) => setTimeout(resolve, 300));
        } finally {
          await monitor.stop();
        }
        const sends = Math.max(1, accepted);
        figures.push({
          server: name,
          channel,
          accepted,
          pgStatements: statements.total / sends,
          pgRoundTrips: pg.roundTrips / sends,
          pgByKeyword: perSend(statements.byKeyword, sends),
          redisCommands: monitor.sentTotal / sends,
          redisCommandsInScripts: monitor.inScripts / sends,
          redisRoundTrips: redis.roundTrips / sends,
          redisByCommand: perSend(monitor.sent, sends),
        });
      }
    } finally {
      await server.stop();
    }
  } finally {
    await pg.stop();
    await redis.stop();
  }
  return figures;
}
