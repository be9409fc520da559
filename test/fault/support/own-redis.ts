import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { eventually } from '@herald/testing';
import { freePort } from './free-port';
import { endProcess, exited } from './process-exit';

/**
 * A redis-server of the test's own on a free port (never the machine's shared one), which the
 * test may stop and start again. No persistence: a restart comes back empty, as a Redis
 * without a disk would.
 */
export class OwnRedis {
  private readonly dir = mkdtempSync(join(tmpdir(), 'herald-fault-redis-'));
  private child?: ChildProcess;
  port = 0;

  async start(): Promise<this> {
    this.port ||= await freePort();
    this.child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', this.dir], {
      stdio: 'ignore',
    });
    await eventually(() => this.ping(), 30_000, 50);
    return this;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** As `redis-cli shutdown nosave`: the server goes away with everything it held. */
  async shutdown(): Promise<void> {
    const client = new Redis(this.url, { maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    await client.shutdown('NOSAVE').catch(() => undefined);
    client.disconnect();
    if (this.child) await exited(this.child);
  }

  /** SIGSTOP: the server keeps its connections open and answers nothing (a hung Redis). */
  pause(): void {
    this.child?.kill('SIGSTOP');
  }

  /** SIGCONT: a paused server answers again. */
  resume(): void {
    this.child?.kill('SIGCONT');
  }

  /** SIGKILL: the server is gone at once, connections reset. */
  async kill(): Promise<void> {
    if (this.child) await endProcess(this.child, 'SIGKILL');
  }

  async stop(): Promise<void> {
    if (this.child) await endProcess(this.child, 'SIGKILL');
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async ping(): Promise<void> {
    const client = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.ping();
    } finally {
      client.disconnect();
    }
  }
}
