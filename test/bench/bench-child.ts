import { ChildProcess, spawn } from 'node:child_process';
import { processCpuMs, processPeakRssBytes, processRssBytes } from './process-usage';

const OUTPUT_KEPT = 4000;
const STOP_GRACE_MS = 15_000;

/**
 * A server the benchmark runs as a process of its own (Herald's API or worker, or the floor), so
 * each one's CPU and memory can be read apart from the load generator's. Its output is kept (the
 * tail) to explain an early exit, never printed while it runs.
 */
export class BenchChild {
  private output = '';
  private readonly exited: Promise<number | null>;
  private exitCode: number | null | undefined;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-OUTPUT_KEPT);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) =>
      child.on('exit', (code) => {
        this.exitCode = code;
        resolve(code);
      }),
    );
  }

  /** `node <script>` with exactly `env` (nothing inherited), and an IPC channel when `ipc`. */
  static spawn(name: string, script: string, env: Record<string, string>, options: { ipc?: boolean } = {}): BenchChild {
    const stdio = options.ipc ? (['ignore', 'pipe', 'pipe', 'ipc'] as const) : (['ignore', 'pipe', 'pipe'] as const);
    return new BenchChild(name, spawn(process.execPath, [script], { env, stdio: [...stdio] }));
  }

  get pid(): number {
    return this.child.pid!;
  }

  get running(): boolean {
    return this.exitCode === undefined;
  }

  /** CPU this process has used since it started, ms. */
  cpuMs(): number {
    return processCpuMs(this.pid);
  }

  rssBytes(): number {
    return processRssBytes(this.pid);
  }

  peakRssBytes(): number {
    return processPeakRssBytes(this.pid);
  }

  /** Why it stopped, for an error message: its exit code and the last of its output. */
  describeExit(): string {
    return `${this.name} exited with code ${this.exitCode}; its last output:\n${this.output.trim() || '(none)'}`;
  }

  send(message: object): void {
    this.child.send(message);
  }

  /** The next IPC message that satisfies `accept`; fails if the process exits first or `timeoutMs` passes. */
  async nextMessage<T>(accept: (message: unknown) => message is T, timeoutMs: number): Promise<T> {
    let onMessage: ((message: unknown) => void) | undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        new Promise<T>((resolve) => {
          onMessage = (message) => {
            if (accept(message)) resolve(message);
          };
          this.child.on('message', onMessage);
        }),
        this.exited.then(() => Promise.reject(new Error(this.describeExit()))),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`${this.name} gave no answer within ${timeoutMs} ms; its output:\n${this.output}`)), timeoutMs);
        }),
      ]);
    } finally {
      if (onMessage) this.child.off('message', onMessage);
      clearTimeout(timer);
    }
  }

  /** Resolves when the process exits, rejects (with its output) if it exits before `ready` settles. */
  async whileRunning<T>(ready: Promise<T>): Promise<T> {
    return Promise.race([ready, this.exited.then(() => Promise.reject(new Error(this.describeExit())))]);
  }

  /** SIGTERM, then SIGKILL if it has not gone within 15 s. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_GRACE_MS);
    await this.exited;
    clearTimeout(timer);
  }
}
