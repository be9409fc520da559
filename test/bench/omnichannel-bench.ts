import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigSource, loadConfig, loadTestSettings } from '@herald/config';
import { BenchDatabase } from './bench-database';
import { saveSummary } from './bench-results';
import { BenchQueues } from './bench-queues';
import { AcceptFigures, AcceptPlan, measureAcceptRate } from './omnichannel-accept-rate';
import { FallbackFigures, measureFallback } from './omnichannel-fallback';
import { acceptLines, acceptRoundLines, fallbackLines, loadLine, omnichannelSummaryLines } from './omnichannel-report';
import { OmnichannelTarget } from './omnichannel-target';

/**
 * `node dist/test/bench/omnichannel-bench.js`: how many omnichannel messages a second Herald's API
 * accepts, against `POST /v2/notifications/email` measured in alternate rounds of the same run, and
 * how long after a permanent failure the next attempt reaches its provider. Each phase on a fresh
 * database and queue prefix, against the machine's PostgreSQL and Redis. Prints figures, asserts nothing.
 */
const DATABASE = 'herald_bench_omnichannel';
const ACCEPT: AcceptPlan = { rounds: 4, requestsPerRound: 2000, connections: 32 };
const FALLBACK = { messages: 300, perSecond: 20, giveUpAfterMs: 60_000 };

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'herald-omnichannel-bench-'));
  let accept: AcceptFigures | undefined;
  let fallback: FallbackFigures | undefined;
  try {
    console.log(
      `\n[1/2] Accept rate: ${ACCEPT.rounds} rounds of ${ACCEPT.requestsPerRound} POST /v2/notifications/email (floor) then ${ACCEPT.requestsPerRound} POST /herald/v1/messages, ${ACCEPT.connections} connections, no worker; ${loadLine()}`,
    );
    accept = await inPhase(dataDir, async (source) => {
      const target = await OmnichannelTarget.start(loadConfig(source), { worker: false });
      try {
        return await measureAcceptRate(target, ACCEPT, (round, index) => acceptRoundLines(round, index).forEach((line) => console.log(`  ${line}`)));
      } finally {
        await target.stop();
      }
    });
    acceptLines(accept).forEach((line) => console.log(`  ${line}`));

    console.log(
      `\n[2/2] Fallback: ${FALLBACK.messages} messages sms then email at ${FALLBACK.perSecond} /s, Twilio refuses every number, one worker; ${loadLine()}`,
    );
    fallback = await inPhase(dataDir, (source) => measureFallback({ ...FALLBACK, config: (providers) => loadConfig({ ...source, ...providers }) }));
    fallbackLines(fallback).forEach((line) => console.log(`  ${line}`));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    const summary = omnichannelSummaryLines(ACCEPT, FALLBACK, accept, fallback);
    console.log(`\n${summary.join('\n')}`);
    saveSummary('omnichannel', summary);
  }
}

/** A fresh database and queue prefix for one phase; its queues are emptied afterwards. */
async function inPhase<T>(dataDir: string, work: (source: ConfigSource) => Promise<T>): Promise<T> {
  const machine = loadTestSettings();
  const database = await BenchDatabase.recreate(machine.postgresUrl, DATABASE);
  const source: ConfigSource = {
    DATABASE_URL: database.url,
    REDIS_URL: machine.redisUrl,
    QUEUE_PREFIX: `{herald-bench-${randomBytes(4).toString('hex')}}`,
    ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'error',
    API_PORT: '0',
    DATA_DIR: dataDir,
  };
  const queues = new BenchQueues(loadConfig(source));
  try {
    return await work(source);
  } finally {
    await queues.obliterateAll();
    await queues.close();
    await database.close();
  }
}

/** Everything is closed by now; if something still holds the process open, say what and leave. */
function exitIfStuck(): void {
  setTimeout(() => {
    console.error(`Still running 10 s after the benchmark finished; open handles: ${process.getActiveResourcesInfo().join(', ')}`);
    process.exit(process.exitCode ?? 1);
  }, 10_000).unref();
}

main()
  .catch((error: unknown) => {
    console.error('Omnichannel benchmark failed:', error);
    process.exitCode = 1;
  })
  .finally(exitIfStuck);
