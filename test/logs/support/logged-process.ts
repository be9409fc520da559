import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { ConfigSource } from '@herald/config';
import { eventually } from '@herald/testing';
import { endProcess } from '../../fault/support/process-exit';

const ROOT = join(__dirname, '../../..');
const REQUIRE_HOOK = join(ROOT, 'test/fault/support/ts-require-hook.cjs');

/** One line a Herald process printed, parsed as JSON (or null when it was not JSON), with its text. */
export interface PrintedLine {
  readonly text: string;
  readonly json: Record<string, unknown> | null;
}

/**
 * A Herald program (`apps/<name>/src/main.ts`, compiled on load as the fault tests' worker is) in
 * a process of its own with only `settings` as its environment, keeping everything it prints on
 * stdout and stderr: what a log collector would receive.
 */
export class LoggedProcess {
  private child?: ChildProcess;
  private printed = '';

  constructor(
    private readonly app: 'api' | 'worker',
    private readonly settings: ConfigSource,
  ) {}

  start(): this {
    this.child = spawn(process.execPath, ['-r', REQUIRE_HOOK, join(ROOT, `apps/${this.app}/src/main.ts`)], {
      cwd: ROOT,
      env: { ...this.settings } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => (this.printed += chunk.toString('utf8'));
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    return this;
  }

  get output(): string {
    return this.printed;
  }

  /** Every line printed so far that is not empty. */
  lines(): PrintedLine[] {
    return this.printed
      .split('\n')
      .filter((text) => text.trim() !== '')
      .map((text) => ({ text, json: parsed(text) }));
  }

  /** Resolves once a printed line contains `text`; fails with the output if the process ends first. */
  async waitForLine(text: string, timeoutMs: number): Promise<void> {
    await eventually(
      async () => {
        if (this.child?.exitCode !== null) throw new Error(`The ${this.app} process has exited; it printed:\n${this.printed}`);
        if (!this.printed.includes(text)) throw new Error(`The ${this.app} process has not printed "${text}"; it printed:\n${this.printed}`);
      },
      timeoutMs,
      100,
    );
  }

  /** SIGTERM (SIGKILL if it lingers), so everything it would print is printed. */
  async stop(): Promise<void> {
    if (this.child) await endProcess(this.child, 'SIGTERM', 20_000);
  }
}

function parsed(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
