import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ConfigSource, loadConfig, loadTestSettings } from '@herald/config';
import { ServiceRepository } from '@herald/persistence';
import { bearerFor, openPersistence, Scenario } from '@herald/testing';
import { BenchDatabase } from './bench-database';
import { BenchProcess } from './hot-path-api';

/**
 * A quick look at the API's hot path (issue 14, point 2): Herald's API in a process of its own,
 * POST email and sms under autocannon; prints accepted/s, p50/p99 and the server's CPU per
 * accepted request against the floor's, optionally a CPU profile of Herald's first run of each
 * channel. Figures only; nothing is asserted.
 *
 *   node -r test/fault/support/ts-require-hook.cjs test/bench/hot-path-accept.ts [seconds] [pairs] [profile-path] [rate]
 *
 * The floor (floor-server.ts) runs beside it, interleaved in pairs, on the same database and Redis.
 */
const [SECONDS = '10', PAIRS_ARG = '3', PROFILE, RATE] = process.argv.slice(2);
const PAIRS = Number(PAIRS_ARG);
const CONNECTIONS = 32;
const UNLIMITED = { rateLimit: 100_000_000, emailMessageLimit: 100_000_000, smsMessageLimit: 100_000_000 };

interface Target {
  readonly serviceId: string;
  readonly secret: string;
  readonly bodies: Record<'email' | 'sms', string>;
}

async function seed(source: ConfigSource): Promise<Target> {
  const context = await openPersistence(loadConfig(source));
  try {
    const scenario = new Scenario(context);
    const service = await scenario.aService({ name: 'Hot path', live: true });
    await context.get(ServiceRepository).update(service.id, UNLIMITED);
    const key = await scenario.anApiKey(service.id);
    const email = await scenario.anEmailTemplate(service.id, { subject: 'Hello ((name))', content: 'Dear ((name)), your appointment is on ((date)).' });
    const sms = await scenario.anSmsTemplate(service.id, { content: 'Dear ((name)), your appointment is on ((date)).' });
    const personalisation = { name: 'Jo Bloggs', date: 'Monday 3 March' };
    return {
      serviceId: service.id,
      secret: key.secret,
      bodies: {
        email: JSON.stringify({ template_id: email.id, email_address: 'bench.recipient@example.com', personalisation, reference: 'hot-path' }),
        sms: JSON.stringify({ template_id: sms.id, phone_number: '07700 900 456', personalisation, reference: 'hot-path' }),
      },
    };
  } finally {
    await context.close();
  }
}

async function load(url: string, target: Target, channel: 'email' | 'sms', seconds: number, rate?: number) {
  const result = await autocannon({
    url: `${url}/v2/notifications/${channel}`,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 30,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: target.bodies[channel],
    ...(rate ? { overallRate: rate } : {}),
    requests: [{ setupRequest: (request) => ({ ...request, headers: { ...request.headers, authorization: bearerFor(target.serviceId, target.secret) } }) }],
  } as autocannon.Options);
  const accepted = result.statusCodeStats['201']?.count ?? 0;
  return { accepted, perSecond: accepted / result.duration, p50: result.latency.p50, p99: result.latency.p99, other: result.non2xx + result.errors };
}

interface Server {
  readonly name: string;
  readonly process: BenchProcess;
}

/** One measured run: accepted/s, latency, and the server's CPU per accepted send. */
async function measure(server: Server, target: Target, channel: 'email' | 'sms', seconds: number, profile: boolean) {
  if (profile) server.process.toggleProfile();
  const straced = process.env.HOT_PATH_STRACE && profile ? server.process.traceSystemCalls(`${process.env.HOT_PATH_STRACE}.${channel}`) : null;
  const cpuBefore = server.process.cpuMs();
  const figures = await load(server.process.url, target, channel, seconds);
  const cpuMs = (server.process.cpuMs() - cpuBefore) / Math.max(1, figures.accepted);
  if (profile) server.process.toggleProfile();
  await straced?.();
  if (straced) console.log(`  (${figures.accepted} sends accepted while traced)`);
  console.log(
    `  ${server.name.padEnd(6)} ${channel}: ${figures.perSecond.toFixed(0).padStart(5)}/s, p50 ${figures.p50} ms, p99 ${figures.p99} ms, ` +
      `CPU ${cpuMs.toFixed(3)} ms/send, other ${figures.other}, load ${loadavg()[0].toFixed(2)}`,
  );
  return figures.perSecond;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const machine = loadTestSettings();
  const database = await BenchDatabase.recreate(machine.postgresUrl, 'herald_hotpath');
  const source: ConfigSource = {
    DATABASE_URL: database.url,
    REDIS_URL: machine.redisUrl,
    QUEUE_PREFIX: `{herald-hotpath-${randomBytes(4).toString('hex')}}`,
    ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'error',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'herald-hotpath-')),
  };
  const target = await seed(source);
  const floorSettings = {
    databaseUrl: database.url,
    redisUrl: machine.redisUrl,
    queuePrefix: `{hotpath-floor-${randomBytes(4).toString('hex')}}`,
    poolSize: 20,
  };
  const floor: Server = {
    name: 'floor',
    process: await new BenchProcess(
      'test/bench/floor-server.ts',
      {},
      { ipcStart: { ...floorSettings, serviceId: target.serviceId, secret: target.secret } },
    ).start(),
  };
  const herald: Server = {
    name: 'herald',
    process: await new BenchProcess('apps/api/src/main.ts', source, { portVariable: 'API_PORT', cpuProfile: PROFILE }).start(),
  };
  try {
    for (const channel of ['email', 'sms'] as const) {
      for (const server of [floor, herald]) await load(server.process.url, target, channel, 3);
      const ratios: number[] = [];
      for (let pair = 0; pair < PAIRS; pair += 1) {
        const order = pair % 2 === 0 ? [floor, herald] : [herald, floor];
        const rates = new Map<Server, number>();
        for (const server of order) rates.set(server, await measure(server, target, channel, Number(SECONDS), server === herald && pair === 0));
        ratios.push(rates.get(herald)! / rates.get(floor)!);
      }
      console.log(`${channel}: Herald / floor, median of ${PAIRS} pairs: ${median(ratios).toFixed(2)}x (${ratios.map((r) => r.toFixed(2)).join(', ')})`);
      // Latency at a steady rate (half the floor's, say): the floor's beside Herald's, as the machine's own share of it.
      for (const server of RATE ? [floor, herald] : []) {
        const paced = await load(server.process.url, target, channel, Number(SECONDS), Number(RATE));
        console.log(
          `  ${server.name.padEnd(6)} ${channel} at ${RATE}/s: ${paced.perSecond.toFixed(0)}/s accepted, p50 ${paced.p50} ms, p99 ${paced.p99} ms, other ${paced.other}`,
        );
      }
      await database.clearNotifications();
    }
  } finally {
    await herald.process.stop();
    await floor.process.stop();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
