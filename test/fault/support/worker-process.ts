import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { ConfigSource } from '@herald/config';
import { eventually } from '@herald/testing';
import { endProcess, exited } from './process-exit';

const ROOT = join(__dirname, '../../..');
const REQUIRE_HOOK = join(__dirname, 'ts-require-hook.cjs');
const WORKER_MAIN = join(ROOT, 'apps/worker/src/main.ts');
const KEEP_OUTPUT_CHARS = 8000;

/**
 * A Herald worker (apps/worker/src/main.ts, compiled on load by @swc/core as jest does) in a
 * process of its own, so that a test can SIGKILL it. Its environment holds only `settings` (and WORKER_PORT=0 unless given).
 */
export class WorkerProcess {
  private child?: ChildProcess;
  private recentOutput = '';

  constructor(private readonly settings: ConfigSource) {}

  start(): this {
    this.child = spawn(process.execPath, ['-r', REQUIRE_HOOK, WORKER_MAIN], {
      cwd: ROOT,
      // A free port for its health checks unless the test names one: several workers run at once.
      env: { WORKER_PORT: '0', ...this.settings } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      this.recentOutput = (this.recentOutput + chunk.toString('utf8')).slice(-KEEP_OUTPUT_CHARS);
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    return this;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The end of what the worker printed: for a failing test's message. */
  get output(): string {
    return this.recentOutput;
  }

  /** Kills the process at once: no shutdown hooks, no closing of connections, claims left held. */
  async kill(): Promise<void> {
    if (!this.child) return;
    this.child.kill('SIGKILL');
    await exited(this.child);
  }

  /** Resolves once the worker has printed `text` (e.g. that it started, with LOG_LEVEL=log). */
  async printed(text: string, timeoutMs = 60_000): Promise<void> {
    await eventually(
      async () => {
        if (!this.output.includes(text)) throw new Error(`The worker has not printed "${text}" yet; it printed:\n${this.output}`);
      },
      timeoutMs,
      50,
    );
  }

  /** The port of its health checks and metrics, from the line it prints once started (with LOG_LEVEL=log). */
  async healthPort(): Promise<number> {
    await this.printed('health checks and metrics on port ');
    return Number(/health checks and metrics on port (\d+)/.exec(this.output)![1]);
  }

  /**
   * Sends SIGTERM and measures how the process ends: its exit code (null when a signal ended it),
   * the signal, and the seconds it took. SIGKILL after `giveUpMs`, so a test never hangs on it.
   */
  async terminate(giveUpMs = 30_000): Promise<{ code: number | null; signal: NodeJS.Signals | null; seconds: number }> {
    if (!this.child) throw new Error('The worker was never started');
    const started = Date.now();
    await endProcess(this.child, 'SIGTERM', giveUpMs);
    return { code: this.child.exitCode, signal: this.child.signalCode, seconds: (Date.now() - started) / 1000 };
  }

  /** A graceful stop (SIGTERM, then SIGKILL after a few seconds). */
  async stop(): Promise<void> {
    if (this.child) await endProcess(this.child);
  }
}
