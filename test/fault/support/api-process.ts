import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { ConfigSource } from '@herald/config';
import { eventually } from '@herald/testing';
import { freePort } from './free-port';
import { endProcess } from './process-exit';

const ROOT = join(__dirname, '../../..');
const REQUIRE_HOOK = join(__dirname, 'ts-require-hook.cjs');
const API_MAIN = join(ROOT, 'apps/api/src/main.ts');
const KEEP_OUTPUT_CHARS = 8000;

/**
 * A Herald API (apps/api/src/main.ts, compiled on load as WorkerProcess compiles the worker) in a
 * process of its own, on a free loopback port: what `npm run start:api` runs in production, one
 * of several behind a load balancer. Its environment holds only `settings`.
 */
export class ApiProcess {
  private child?: ChildProcess;
  private recentOutput = '';
  private port = 0;

  constructor(private readonly settings: ConfigSource) {}

  /** Starts the process and resolves once it answers /_status (it migrates the database first, as in production). */
  async start(timeoutMs = 120_000): Promise<this> {
    this.port = await freePort();
    this.child = spawn(process.execPath, ['-r', REQUIRE_HOOK, API_MAIN], {
      cwd: ROOT,
      env: { ...this.settings, API_PORT: String(this.port), API_HOST: '127.0.0.1' } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      this.recentOutput = (this.recentOutput + chunk.toString('utf8')).slice(-KEEP_OUTPUT_CHARS);
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    const child = this.child;
    await eventually(
      async () => {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The API process has exited; it printed:\n${this.output}`);
        const response = await fetch(`${this.url}/_status`);
        if (!response.ok) throw new Error(`/_status answered ${response.status}`);
      },
      timeoutMs,
      250,
    );
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The end of what the process printed: for a failing test's message. */
  get output(): string {
    return this.recentOutput;
  }

  /** A graceful stop (SIGTERM, then SIGKILL after a few seconds). */
  async stop(): Promise<void> {
    if (this.child) await endProcess(this.child);
  }

  /** Resolves once the process has printed `text` (with LOG_LEVEL=log). */
  async printed(text: string, timeoutMs = 60_000): Promise<void> {
    await eventually(
      async () => {
        if (!this.output.includes(text)) throw new Error(`The API has not printed "${text}" yet; it printed:\n${this.output}`);
      },
      timeoutMs,
      20,
    );
  }

  /** Sends SIGTERM and measures how the process ends (SIGKILL after `giveUpMs`, so a test never hangs on it). */
  async terminate(giveUpMs = 30_000): Promise<{ code: number | null; signal: NodeJS.Signals | null; seconds: number }> {
    if (!this.child) throw new Error('The API was never started');
    const started = Date.now();
    await endProcess(this.child, 'SIGTERM', giveUpMs);
    return { code: this.child.exitCode, signal: this.child.signalCode, seconds: (Date.now() - started) / 1000 };
  }
}
