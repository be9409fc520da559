import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigSource, loadConfig, loadTestSettings } from '@herald/config';
import { dataSourceOptions } from '@herald/persistence';
import { ApiAcceptFigures, measureApiAcceptRate } from './api-accept-rate';
import { BenchDatabase } from './bench-database';
import { BenchQueues } from './bench-queues';
import { apiAcceptLines, BenchSettings, handoffLines, letterRenderLines, summaryLines } from './bench-report';
import { BenchTarget } from './bench-target';
import { BenchChannel } from './bench-channel';
import { LetterRenderFigures, measureLetterRender } from './letter-pdf-render';
import { HandoffFigures, measureWorkerHandoff } from './worker-handoff';

/**
 * `npm run bench`: prints how fast Herald's API accepts emails and how fast one worker hands a
 * backlog to SMTP, against the machine's PostgreSQL and Redis. It prints figures, asserts nothing.
 */
const DATABASE = 'herald_bench';
const GIVE_UP_AFTER_MS = 5 * 60_000;
const CHANNELS: BenchChannel[] = ['email', 'sms', 'letter'];
const PHASES = CHANNELS.length + 2;
const LETTERS_TO_RENDER = 1000;
const SETTINGS_BASE = { apiConnections: 32, apiSeconds: 20, handoffEmails: 10_000, handoffConnections: 32 };

async function main(): Promise<void> {
  const machine = loadTestSettings();
  const dataDir = mkdtempSync(join(tmpdir(), 'herald-bench-'));
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
  const config = loadConfig(source);
  const settings: BenchSettings = {
    ...SETTINGS_BASE,
    databasePoolPerProcess: (dataSourceOptions(config) as { extra?: { max?: number } }).extra?.max,
    queuePrefix: config.queuePrefix,
  };
  const queues = new BenchQueues(config);
  const api: ApiAcceptFigures[] = [];
  let handoff: HandoffFigures | undefined;
  let letters: LetterRenderFigures | undefined;
  try {
    const target = await BenchTarget.start(config);
    try {
      for (const [index, channel] of CHANNELS.entries()) {
        console.log(`\n[${index + 1}/${PHASES}] API accept rate, ${channel}: ${settings.apiConnections} connections for ${settings.apiSeconds} s, no worker`);
        const figures = await measureApiAcceptRate(target, channel, database, queues, { connections: settings.apiConnections, seconds: settings.apiSeconds });
        apiAcceptLines(figures).forEach((line) => console.log(`  ${line}`));
        api.push(figures);
        await queues.obliterateAll();
        await database.clearNotifications();
      }

      console.log(`\n[${PHASES - 1}/${PHASES}] Worker hand-off: ${settings.handoffEmails} emails, then one worker`);
      handoff = await measureWorkerHandoff(target, database, queues, {
        emails: settings.handoffEmails,
        connections: settings.handoffConnections,
        giveUpAfterMs: GIVE_UP_AFTER_MS,
        workerConfig: (smtpUrl) => loadConfig({ ...source, SMTP_URL: smtpUrl }),
      });
      handoffLines(handoff, settings.handoffEmails).forEach((line) => console.log(`  ${line}`));

      console.log(`\n[${PHASES}/${PHASES}] Letter PDFs: ${LETTERS_TO_RENDER} rendered one after another in this process`);
      letters = await measureLetterRender(LETTERS_TO_RENDER);
      letterRenderLines(letters).forEach((line) => console.log(`  ${line}`));
    } finally {
      await target.stop();
    }
  } finally {
    await queues.obliterateAll();
    await queues.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
    console.log(`\n${summaryLines(settings, api, handoff, letters).join('\n')}`);
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
    console.error('Benchmark failed:', error);
    process.exitCode = 1;
  })
  .finally(exitIfStuck);
