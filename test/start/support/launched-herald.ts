import { ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ConfigSource } from '@herald/config';
import { eventually, WAIT_DEADLINE_MS } from '@herald/testing';
import { HERALD_MAIN } from './built-herald';

/** The system's usual command folders and Node's: the child's PATH (the test runner's own is not passed on). */
export const SYSTEM_PATH = [dirname(process.execPath), '/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'].join(':');

export interface LaunchOptions {
  /**
   * Runs Herald in a network namespace of its own (`unshare -rn`, loopback up), where nothing
   * listens on 127.0.0.1:6379: the machine's shared Redis stays untouched and unseen.
   */
  readonly ownNetwork?: boolean;
  /** The PATH Herald sees (where it looks for redis-server); SYSTEM_PATH unless given. */
  readonly path?: string;
}

/**
 * `npm start` (the built dist/apps/herald/src/main.js) in a process of its own, with only the
 * settings given (and NO_COLOR, so its lines can be read), recording everything it prints. It
 * prints as on a terminal (LOG_FORMAT=text, unless the settings say otherwise): its output is a pipe here.
 */
export class LaunchedHerald {
  private output = '';
  readonly ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(private readonly child: ChildProcess) {
    const keep = (chunk: Buffer) => (this.output += chunk.toString('utf8'));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.ended = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  static start(settings: ConfigSource, options: LaunchOptions = {}): LaunchedHerald {
    const env = { LOG_FORMAT: 'text', ...settings, NO_COLOR: '1', PATH: SYSTEM_PATH } as NodeJS.ProcessEnv;
    const path = options.path ?? SYSTEM_PATH;
    const child = options.ownNetwork
      ? // exec: the shell becomes Herald, so the test's signals reach Herald itself.
        spawn('unshare', ['-rn', '/bin/sh', '-c', 'ip link set lo up && PATH="$0" exec "$1" "$2"', path, process.execPath, HERALD_MAIN], {
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        })
      : spawn(process.execPath, [HERALD_MAIN], { env: { ...env, PATH: path }, stdio: ['ignore', 'pipe', 'pipe'] });
    return new LaunchedHerald(child);
  }

  get printed(): string {
    return this.output;
  }

  /** The printed lines that are not empty. */
  get lines(): string[] {
    return this.output.split('\n').filter((line) => line.trim() !== '');
  }

  /** How many printed lines contain `text`. */
  count(text: string): number {
    return this.lines.filter((line) => line.includes(text)).length;
  }

  async waitFor(text: string, timeoutMs = WAIT_DEADLINE_MS): Promise<void> {
    await eventually(
      async () => {
        if (!this.output.includes(text)) throw new Error(`Herald has not printed "${text}"; it printed:\n${this.output}`);
      },
      timeoutMs,
      50,
    );
  }

  /** Waits for the process to end by itself (a failed start). */
  async exit(timeoutMs = WAIT_DEADLINE_MS): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>(
      (_, reject) => (timer = setTimeout(() => reject(new Error(`Herald is still running; it printed:\n${this.output}`)), timeoutMs)),
    );
    try {
      return await Promise.race([this.ended, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Sends the signal and waits for the process to end. */
  async stop(signal: NodeJS.Signals = 'SIGINT', timeoutMs = WAIT_DEADLINE_MS): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    this.child.kill(signal);
    return this.exit(timeoutMs);
  }

  /** For clean-up after a failed test: ends the process whatever it is doing. */
  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGKILL');
    await this.ended;
  }
}

/** Processes whose working directory is `dir` (redis-server moves into its --dir): how a test finds a private Redis left behind. */
export function processesWorkingIn(dir: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readlinkSync(`/proc/${pid}/cwd`) === dir;
      } catch {
        return false;
      }
    })
    .map(Number);
}
