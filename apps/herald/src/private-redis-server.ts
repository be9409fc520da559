import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { probeRedisPort } from './redis-port-probe';
import { StartupError } from './startup-error';

const READY_DEADLINE_MS = 15_000;
const STOP_DEADLINE_MS = 10_000;
const POLL_MS = 100;

/** Where the shell finds a command on the PATH, or null when it is not there. */
export function findOnPath(command: string): string | null {
  const found = spawnSync('/bin/sh', ['-c', 'command -v "$0"', command], { encoding: 'utf8' });
  const path = found.status === 0 ? found.stdout.trim() : '';
  return path.startsWith('/') ? path : null;
}

/**
 * A redis-server of Herald's own, for the embedded start when no Redis runs: on 127.0.0.1 only,
 * its data under DATA_DIR/redis. It keeps an append-only file (and no RDB snapshots), so jobs
 * waiting in the queues, such as delayed retries and callbacks, survive a restart of Herald.
 * Where util-linux's setpriv is on the PATH (Linux), the server is started under it with a
 * parent-death signal, so even a Herald killed with SIGKILL leaves no redis-server behind;
 * every other exit path stops it (stop(), and the process's exit).
 */
export class PrivateRedisServer {
  private exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    readonly dataDir: string,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    // The backstop for exits that skip stop(): process.exit() and uncaught errors.
    process.once('exit', () => child.kill('SIGTERM'));
  }

  /** Starts redis-server on host:port and waits until it answers. */
  static async start(executable: string, host: string, port: number, dataDir: string): Promise<PrivateRedisServer> {
    mkdirSync(dataDir, { recursive: true });
    const args = [
      '--bind',
      host,
      '--port',
      String(port),
      '--dir',
      dataDir,
      '--logfile',
      'redis.log',
      '--daemonize',
      'no',
      '--appendonly',
      'yes',
      '--save',
      '',
      '--protected-mode',
      'yes',
    ];
    const setpriv = findOnPath('setpriv');
    const child = setpriv
      ? spawn(setpriv, ['--pdeathsig', 'TERM', '--', executable, ...args], { stdio: 'ignore' })
      : spawn(executable, args, { stdio: 'ignore' });
    const server = new PrivateRedisServer(child, dataDir);
    await server.whenAnswering(host, port);
    return server;
  }

  /** Stops the server (it finishes writing its append-only file first) and waits for it to exit. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const deadline = setTimeout(() => this.child.kill('SIGKILL'), STOP_DEADLINE_MS);
    await this.exited;
    clearTimeout(deadline);
  }

  private async whenAnswering(host: string, port: number): Promise<void> {
    let exited = false;
    void this.exited.then(() => (exited = true));
    const deadline = Date.now() + READY_DEADLINE_MS;
    while (Date.now() < deadline && !exited) {
      if ((await probeRedisPort(host, port, 1000)).kind === 'redis') return;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    await this.stop();
    throw new StartupError(`The private redis-server did not start${this.logTail()}`);
  }

  private logTail(): string {
    const log = join(this.dataDir, 'redis.log');
    if (!existsSync(log)) return '.';
    const lines = readFileSync(log, 'utf8').trim().split('\n').slice(-3);
    return `; the end of ${log}:\n${lines.join('\n')}`;
  }
}
