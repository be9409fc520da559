import { randomBytes, randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { exitIfStuck, numberOption } from './bench-args';
import type { BenchChannel } from './bench-channel';
import { BenchEnvironment } from './bench-environment';
import { measureRun } from './floor-pairs';
import { floorSettings, FloorProcess } from './floor-process';
import type { FloorSettings } from './floor-server';
import { countWire } from './wire-counts';
import { wireLines } from './pairs-report';

/**
 * `npm run bench:floor [-- --seconds 10]`: the floor alone (a bare Fastify endpoint: verify an
 * HS256 JWT, insert one row, add one BullMQ job), in a child process, 32 connections, email then
 * SMS: accepted per second, p50/p99 and its CPU per accepted send, then its PostgreSQL and Redis
 * work per send. For comparing a change to Herald's API against the same machine's floor.
 */
const CHANNELS: BenchChannel[] = ['email', 'sms'];

async function main(): Promise<void> {
  const seconds = numberOption('seconds', 10);
  const environment = await BenchEnvironment.open('herald_bench_floor');
  const key = { serviceId: randomUUID(), secret: randomBytes(32).toString('hex') };
  const account = { key, templateIds: { email: randomUUID(), sms: randomUUID(), letter: randomUUID() } };
  const settings: FloorSettings = floorSettings(environment, key);
  try {
    const floor = await FloorProcess.start(settings);
    try {
      const server = { target: { ...account, baseUrl: floor.baseUrl }, cpuMs: () => floor.child.cpuMs(), reset: () => floor.reset(environment.database) };
      await measureRun(server, 'email', { connections: 32, seconds: 3 });
      for (const channel of CHANNELS) {
        const run = await measureRun(server, channel, { connections: 32, seconds });
        const { load } = run;
        console.log(
          `floor ${channel.padEnd(5)} ${load.acceptedPerSecond.toFixed(0)} /s accepted (${load.non2xx} non-2xx), p50 ${load.latencyP50Ms} ms, p99 ${load.latencyP99Ms} ms, ` +
            `CPU ${run.cpuMsPerAccepted.toFixed(3)} ms per send; load average ${loadavg()
              .map((l) => l.toFixed(2))
              .join(' ')}`,
        );
      }
    } finally {
      await floor.stop();
    }
    const upstreams = { databaseUrl: environment.database.url, redisUrl: environment.config.redisUrl };
    const wire = await countWire(
      'floor',
      upstreams,
      async (proxied) => {
        const counted = await FloorProcess.start({ ...settings, ...proxied });
        return { target: { ...account, baseUrl: counted.baseUrl }, stop: () => counted.stop() };
      },
      CHANNELS,
      { warmUpSends: 30, sends: 200 },
    );
    wireLines(wire).forEach((line) => console.log(line));
  } finally {
    await environment.close();
  }
}

main()
  .catch((error: unknown) => {
    console.error('The floor benchmark failed:', error);
    process.exitCode = 1;
  })
  .finally(exitIfStuck);
