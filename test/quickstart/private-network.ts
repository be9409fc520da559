import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

/**
 * A network namespace with only a loopback interface: nothing listens on 127.0.0.1:6379 there,
 * so `npm start` meets a machine without Redis (as a newcomer's is) even though this machine's
 * own Redis answers on that port outside. Needs root, as `ip netns` does.
 */
export class PrivateNetwork {
  readonly name = `herald-qs-${randomBytes(4).toString('hex')}`;

  static create(): PrivateNetwork {
    const network = new PrivateNetwork();
    try {
      execFileSync('ip', ['netns', 'add', network.name], { stdio: 'pipe' });
      execFileSync('ip', ['netns', 'exec', network.name, 'ip', 'link', 'set', 'lo', 'up'], { stdio: 'pipe' });
    } catch (error) {
      throw new Error(`The quick-start test runs npm start in a network namespace of its own and needs root and iproute2 (ip netns): ${String(error)}`);
    }
    return network;
  }

  /** What goes before a command line to run it inside the namespace. */
  get prefix(): string[] {
    return ['ip', 'netns', 'exec', this.name];
  }

  /** Ids of the processes still running inside the namespace. */
  pids(): number[] {
    const listed = execFileSync('ip', ['netns', 'pids', this.name], { encoding: 'utf8' });
    return listed.split('\n').filter(Boolean).map(Number);
  }

  /** Kills what is still running inside and removes the namespace. */
  remove(): void {
    for (const pid of this.pids()) killQuietly(pid);
    execFileSync('ip', ['netns', 'delete', this.name], { stdio: 'pipe' });
  }
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
