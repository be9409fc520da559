import { createServer } from 'node:net';
import { join } from 'node:path';
import type { ConfigSource } from '@herald/config';
import { BenchChild } from './bench-child';
import { waitUntil } from './wait-until';

const API_MAIN = join(__dirname, '../../apps/api/src/main.js');
const WORKER_MAIN = join(__dirname, '../../apps/worker/src/main.js');
const START_TIMEOUT_MS = 120_000;

/** A free loopback port: listen on 0 and give it back (another process could take it in between; unlikely on loopback). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The environment of a Herald process: exactly the bench's settings, in production mode. */
function heraldEnv(source: ConfigSource): Record<string, string> {
  const env: Record<string, string> = { NODE_ENV: 'production' };
  for (const [name, value] of Object.entries(source)) if (value !== undefined) env[name] = value;
  return env;
}

/** Herald's API as production runs it (`node dist/apps/api/src/main.js`), listening on a loopback port. */
export class ApiProcess {
  private constructor(
    readonly child: BenchChild,
    readonly baseUrl: string,
  ) {}

  static async start(source: ConfigSource, name = 'the API'): Promise<ApiProcess> {
    const port = await freePort();
    const child = BenchChild.spawn(name, API_MAIN, heraldEnv({ ...source, API_PORT: String(port), API_HOST: '127.0.0.1' }));
    const baseUrl = `http://127.0.0.1:${port}`;
    try {
      const up = await child.whileRunning(waitUntil(() => answers(`${baseUrl}/_status`), { timeoutMs: START_TIMEOUT_MS, intervalMs: 100 }));
      if (!up) throw new Error(`${name} did not answer ${baseUrl}/_status within ${START_TIMEOUT_MS / 1000} s`);
      return new ApiProcess(child, baseUrl);
    } catch (error) {
      await child.stop();
      throw error;
    }
  }

  async stop(): Promise<void> {
    await this.child.stop();
  }
}

/**
 * A standalone worker (`node dist/apps/worker/src/main.js`). It is running once it has started;
 * whether it has joined its queues is for the caller to check (BenchQueues.emailWorkers()).
 */
export function startWorkerProcess(source: ConfigSource, name = 'a worker'): BenchChild {
  return BenchChild.spawn(name, WORKER_MAIN, heraldEnv({ WORKER_PORT: '0', ...source }));
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}
