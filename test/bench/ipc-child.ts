import { ChildProcess, fork } from 'node:child_process';

/** A message with a `kind`, the shape every order and answer between the retention benchmark and its children has. */
export interface IpcMessage {
  readonly kind: string;
}

/**
 * A Node.js script the retention benchmark runs as a process of its own, talked to over IPC: orders
 * go in with `tell`, answers are awaited by kind with `next`. An exit before the awaited answer
 * (a crash, a signal) fails the wait rather than hanging it.
 */
export class IpcChild<Order extends IpcMessage, Answer extends IpcMessage> {
  private readonly answers: Answer[] = [];
  private wake: () => void = () => undefined;
  private exited = false;

  private constructor(
    private readonly name: string,
    private readonly child: ChildProcess,
  ) {
    child.on('message', (message: Answer) => {
      this.answers.push(message);
      this.wake();
    });
    child.once('exit', () => {
      this.exited = true;
      this.wake();
    });
  }

  /** Output goes to this process's own, so a child's error is seen. */
  static fork<Order extends IpcMessage, Answer extends IpcMessage>(name: string, script: string): IpcChild<Order, Answer> {
    return new IpcChild(name, fork(script, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  }

  tell(order: Order): void {
    this.child.send(order);
  }

  /** The first answer of `kind`, taken off the list. */
  async next<K extends Answer['kind']>(kind: K): Promise<Extract<Answer, { kind: K }>> {
    for (;;) {
      const index = this.answers.findIndex((answer) => answer.kind === kind);
      if (index !== -1) return this.answers.splice(index, 1)[0] as Extract<Answer, { kind: K }>;
      if (this.exited) throw new Error(`${this.name} exited (code ${this.child.exitCode}, signal ${this.child.signalCode}) before it answered ${kind}`);
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  kill(): void {
    if (!this.exited) this.child.kill();
  }
}
