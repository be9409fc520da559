import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ConfigSource, loadConfig, loadTestSettings } from '@herald/config';
import { dataSourceOptions } from '@herald/persistence';
import { copyNotification } from '@herald/testing';
import { BenchDatabase } from './bench-database';
import { BenchQueues } from './bench-queues';
import { BenchTarget } from './bench-target';
import { IpcChild } from './ipc-child';
import { SteadyLoad, SteadyLoadFigures } from './retention-load';
import type { PurgeAnswer, PurgeOrder, PurgeReport } from './retention-purge-child';

/**
 * Issue 14 point 11: does the retention purge leave the API alone? Each round stores a backlog of
 * old notifications (1,000,000 by default, created 30 days ago, past the default 7-day retention),
 * then measures single email sends at a fixed light rate three times: idle, while a separate
 * process (as a worker would) purges the backlog, and idle again. Rounds repeat, so idle and purge
 * windows interleave. Prints each window, rows purged per second, the p99 ratio (purging / idle)
 * and the load average. Asserts nothing.
 *
 *   npm run bench:retention [-- --rows 1000000 --rounds 2 --rate 100 --idle-seconds 30]
 */
const DATABASE = 'herald_bench_retention';
const DAY_MS = 24 * 60 * 60 * 1000;
const WARM_UP_SECONDS = 5;
/** The longest a purge window may last before the benchmark gives up on it. */
const MAX_PURGE_SECONDS = 3600;

interface Plan {
  readonly rows: number;
  readonly rounds: number;
  readonly rate: number;
  readonly idleSeconds: number;
}

interface Round {
  readonly idleBefore: SteadyLoadFigures;
  readonly purging: SteadyLoadFigures;
  readonly idleAfter: SteadyLoadFigures;
  readonly purge: PurgeReport;
}

async function main(): Promise<void> {
  const plan: Plan = { rows: option('rows', 1_000_000), rounds: option('rounds', 2), rate: option('rate', 100), idleSeconds: option('idle-seconds', 30) };
  console.log(
    `Retention purge benchmark: ${plan.rows.toLocaleString('en-GB')} old notifications a round, ${plan.rounds} rounds of idle / purging / idle, ` +
      `single email sends at ${plan.rate}/s; the API in this process, the purge in a process of its own; ${load()}`,
  );
  const machine = loadTestSettings();
  const database = await BenchDatabase.recreate(machine.postgresUrl, DATABASE);
  const source: ConfigSource = {
    DATABASE_URL: database.url,
    REDIS_URL: machine.redisUrl,
    QUEUE_PREFIX: `{herald-bench-retention-${randomBytes(4).toString('hex')}}`,
    ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'error',
    API_PORT: '0',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'herald-bench-retention-')),
  };
  const config = loadConfig(source);
  const queues = new BenchQueues(config);
  const db = await new DataSource(dataSourceOptions(config)).initialize();
  const results: Round[] = [];
  try {
    const target = await BenchTarget.start(config);
    try {
      // No worker runs: the sends stay `created` and their jobs wait in Redis (wiped at the end).
      await SteadyLoad.run(target, plan.rate, WARM_UP_SECONDS);
      const modelId = await aDeliveredModel(db);
      for (let round = 1; round <= plan.rounds; round++) {
        console.log(`\n[round ${round}/${plan.rounds}]`);
        results.push(await measureRound(plan, target, db, source, modelId));
      }
    } finally {
      await target.stop();
    }
  } finally {
    await db.destroy();
    await queues.obliterateAll();
    await queues.close();
    await database.close();
  }
  console.log(`\n${summary(results).join('\n')}`);
}

/** Stores the backlog, then measures the API idle, while the purge runs, and idle again. */
async function measureRound(plan: Plan, target: BenchTarget, db: DataSource, source: ConfigSource, modelId: string): Promise<Round> {
  const seeding = performance.now();
  const now = new Date();
  await copyNotification(db, { modelId, count: plan.rows, firstCreatedAt: new Date(now.getTime() - 30 * DAY_MS), stepMs: 1 });
  // As a table in service would be: statistics current, and no autovacuum left to run inside an idle window.
  await db.query('VACUUM ANALYZE notifications');
  console.log(`  stored ${plan.rows.toLocaleString('en-GB')} old notifications in ${secondsSince(seeding)} s (not measured)`);
  const idleBefore = await SteadyLoad.run(target, plan.rate, plan.idleSeconds);
  console.log(`  idle:          ${windowLine(idleBefore)}; ${load()}`);
  const { purging, purge } = await sendWhilePurging(target, plan.rate, source, now);
  console.log(`  while purging: ${windowLine(purging)}; ${load()}`);
  const left = await count(db, 'SELECT count(*) AS count FROM notifications WHERE created_at < $1', [new Date(now.getTime() - 7 * DAY_MS)]);
  console.log(
    `  purge: ${purge.moved.toLocaleString('en-GB')} rows in ${purge.seconds.toFixed(1)} s = ${Math.round(purge.moved / purge.seconds).toLocaleString('en-GB')} rows/s; ` +
      `the purging process's CPU ${purge.cpuSeconds.toFixed(1)} s; ${left} old rows left`,
  );
  // The dead rows the purge leaves are vacuumed soon after in service too: its cost, printed, and kept out of the next window.
  const vacuuming = performance.now();
  await db.query('VACUUM notifications');
  console.log(`  VACUUM notifications afterwards: ${secondsSince(vacuuming)} s (not measured)`);
  const idleAfter = await SteadyLoad.run(target, plan.rate, plan.idleSeconds);
  console.log(`  idle again:    ${windowLine(idleAfter)}; ${load()}`);
  console.log(`  p99 while purging / idle: ${p99Ratio({ idleBefore, purging, idleAfter, purge }).toFixed(2)}x`);
  return { idleBefore, purging, idleAfter, purge };
}

/** The purging window's p99 against the mean of the idle windows either side of it, so a drift in the machine's own load weighs less. */
function p99Ratio(round: Round): number {
  return round.purging.p99Ms / ((round.idleBefore.p99Ms + round.idleAfter.p99Ms) / 2);
}

async function count(db: DataSource, sql: string, parameters: unknown[]): Promise<number> {
  return Number((await db.query(sql, parameters))[0].count);
}

/** The first accepted send, marked delivered, is the row the backlog copies (recipient and personalisation encrypted as Herald stores them). */
async function aDeliveredModel(db: DataSource): Promise<string> {
  const [model] = await db.query(`SELECT id FROM notifications ORDER BY created_at LIMIT 1`);
  if (!model) throw new Error('The warm-up stored no notification: is the API answering 201?');
  await db.query(`UPDATE notifications SET status = 'delivered' WHERE id = $1`, [model.id]);
  return model.id;
}

/** Sends at `rate` from the moment the purge starts until it ends. */
async function sendWhilePurging(
  target: BenchTarget,
  rate: number,
  source: ConfigSource,
  now: Date,
): Promise<{ purging: SteadyLoadFigures; purge: PurgeReport }> {
  const purger = IpcChild.fork<PurgeOrder, PurgeAnswer>('The purge process', join(__dirname, 'retention-purge-child.js'));
  let load: SteadyLoad | undefined;
  try {
    purger.tell({ kind: 'open', source });
    await purger.next('ready');
    load = await SteadyLoad.start(target, rate, MAX_PURGE_SECONDS);
    purger.tell({ kind: 'purge', now: now.toISOString() });
    const { moved, seconds, cpuSeconds } = await purger.next('report');
    load.stop();
    return { purge: { moved, seconds, cpuSeconds }, purging: await load.figures() };
  } catch (error) {
    load?.kill();
    purger.kill();
    throw error;
  }
}

function summary(results: readonly Round[]): string[] {
  const idle = results.flatMap((round) => [round.idleBefore, round.idleAfter]);
  const purging = results.map((round) => round.purging);
  const moved = results.reduce((sum, round) => sum + round.purge.moved, 0);
  const purgeSeconds = results.reduce((sum, round) => sum + round.purge.seconds, 0);
  return [
    `Retention purge summary (${results.length} rounds; medians of the windows)`,
    `  API single sends at a fixed rate: idle p50 ${median(idle.map((w) => w.p50Ms))} ms, p99 ${median(idle.map((w) => w.p99Ms))} ms; ` +
      `while purging p50 ${median(purging.map((w) => w.p50Ms))} ms, p99 ${median(purging.map((w) => w.p99Ms))} ms`,
    `  p99 while purging / idle: ${median(results.map(p99Ratio)).toFixed(2)}x (median of the rounds' ratios)`,
    `  purge: ${Math.round(moved / purgeSeconds).toLocaleString('en-GB')} rows/s, ${median(results.map((r) => r.purge.seconds)).toFixed(1)} s a round of ${results[0]?.purge.moved.toLocaleString('en-GB')}`,
    `  failed sends: ${[...idle, ...purging].reduce((sum, w) => sum + w.failed, 0)}; ${load()}`,
  ];
}

function windowLine(figures: SteadyLoadFigures): string {
  return `${figures.accepted} sends in ${figures.seconds.toFixed(1)} s, p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, ${figures.failed} failed`;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function secondsSince(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

function load(): string {
  return `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')}`;
}

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} takes a positive number, e.g. --${name} ${fallback}`);
  return value;
}

main().catch((error: unknown) => {
  console.error('Benchmark failed:', error);
  process.exitCode = 1;
});
