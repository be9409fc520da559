import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { ConfigSource } from '@herald/config';

const ROOT = join(__dirname, '../..');
const REQUIRE_HOOK = join(ROOT, 'test/fault/support/ts-require-hook.cjs');
const PROFILER = join(__dirname, 'hot-path-profiler.ts');
const TICKS_PER_SECOND = 100;

/**
 * One server under load in a process of its own (Herald's API from its TypeScript sources, or the
 * floor), so that its CPU time can be read from /proc and, when asked, its CPU profile written.
 */
export class BenchProcess {
  private child?: ChildProcess;
  private output = '';
  private port = 0;

  constructor(
    private readonly main: string,
    private readonly env: ConfigSource,
    private readonly options: { cpuProfile?: string; portVariable?: string; ipcStart?: unknown },
  ) {}

  /** The API reads its port from the environment; the floor is sent its settings over IPC and answers with its port. */
  async start(): Promise<this> {
    this.port = await freePort();
    const profile = this.options.cpuProfile ? { HOT_PATH_PROFILE: this.options.cpuProfile } : {};
    const port = this.options.portVariable ? { [this.options.portVariable]: String(this.port), API_HOST: '127.0.0.1' } : {};
    this.child = spawn(process.execPath, ['-r', REQUIRE_HOOK, '-r', PROFILER, join(ROOT, this.main)], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, NODE_ENV: 'production', ...this.env, ...profile, ...port } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    if (this.options.ipcStart !== undefined) {
      const answered = new Promise<number>((resolve) => this.child!.once('message', (message: { port: number }) => resolve(message.port)));
      this.child.send({ start: this.options.ipcStart });
      this.port = await answered;
    }
    const keep = (chunk: Buffer) => (this.output = (this.output + chunk.toString('utf8')).slice(-8000));
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (this.child.exitCode !== null) throw new Error(`${this.main} exited:\n${this.output}`);
      if (this.options.ipcStart !== undefined || (await answers(`${this.url}/_status`))) return this;
      if (Date.now() > deadline) throw new Error(`${this.main} did not answer /_status in 120 s:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** User plus system CPU time of the process so far, in milliseconds. */
  cpuMs(): number {
    const stat = readFileSync(`/proc/${this.child!.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND) * 1000;
  }

  /** The first call starts the CPU profile (when one was asked for), the second writes it. */
  toggleProfile(): void {
    if (this.options.cpuProfile) this.child?.kill('SIGUSR2');
  }

  /** `strace -c` on the process until the returned function is called, for a count of its system calls (HOT_PATH_STRACE=<file>). */
  traceSystemCalls(output: string): () => Promise<void> {
    const strace = spawn('strace', ['-c', '-f', '-o', output, '-p', String(this.child!.pid)], { stdio: 'ignore' });
    return async () => {
      const exited = new Promise((resolve) => strace.once('exit', resolve));
      strace.kill('SIGINT');
      await exited;
    };
  }

  /** SIGINT: the API closes its connections and ends. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
