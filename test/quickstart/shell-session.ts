import { ChildProcess, spawn } from 'node:child_process';

export interface ShellResult {
  readonly code: number | null;
  readonly output: string;
}

/**
 * A command typed into a terminal: `bash -c TEXT`, in its own process group (the terminal's
 * foreground job), stdout and stderr together as the terminal shows them.
 */
export class ShellSession {
  private readonly child: ChildProcess;
  private text = '';
  private readonly ended: Promise<ShellResult>;

  constructor(command: string, options: { cwd: string; env: NodeJS.ProcessEnv; prefix?: readonly string[] }) {
    const [file, ...args] = [...(options.prefix ?? []), 'bash', '-e', '-o', 'pipefail', '-c', command];
    this.child = spawn(file, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [this.child.stdout, this.child.stderr]) stream?.on('data', (chunk: Buffer) => (this.text += chunk.toString('utf8')));
    this.ended = new Promise((resolve) => this.child.once('close', (code) => resolve({ code, output: this.text })));
  }

  get output(): string {
    return this.text;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The first line matching `pattern`, once it is printed; fails at once, with the output, if the command ends first. */
  async line(pattern: RegExp, deadlineMs: number): Promise<string> {
    const deadline = Date.now() + deadlineMs;
    for (;;) {
      const found = this.text.split('\n').find((line) => pattern.test(line));
      if (found !== undefined) return found;
      if (!this.running) throw new Error(`The command ended (exit code ${this.child.exitCode}) before printing ${pattern}:\n${this.text}`);
      if (Date.now() > deadline) throw new Error(`No line matching ${pattern} after ${deadlineMs} ms:\n${this.text}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** The exit code and everything printed, once the command ends. */
  async result(deadlineMs: number): Promise<ShellResult> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`still running after ${deadlineMs} ms:\n${this.text}`)), deadlineMs);
    });
    try {
      return await Promise.race([this.ended, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Ctrl-C: SIGINT to the whole foreground process group, as a terminal sends it. */
  interrupt(): void {
    this.signalGroup('SIGINT');
  }

  kill(): void {
    this.signalGroup('SIGKILL');
  }

  private signalGroup(signal: NodeJS.Signals): void {
    try {
      if (this.child.pid !== undefined) process.kill(-this.child.pid, signal);
    } catch {
      // The group has already ended.
    }
  }
}
