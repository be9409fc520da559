import { ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Redis from 'ioredis';
import { eventually } from '@herald/testing';
import { freePort } from './free-port';
import { endProcess } from './process-exit';

const run = promisify(execFile);
const MASTERS = 3;

/**
 * A Redis Cluster of the test's own: three masters without replicas on free ports (each with a
 * cluster bus port of its own, also free), joined by `redis-cli --cluster create`, no persistence.
 * `url` names the first node, as REDIS_URL would name a seed node.
 */
export class OwnRedisCluster {
  private readonly dir = mkdtempSync(join(tmpdir(), 'herald-fault-redis-cluster-'));
  private readonly children: ChildProcess[] = [];
  ports: number[] = [];

  async start(): Promise<this> {
    for (let i = 0; i < MASTERS; i += 1) {
      const [port, busPort] = [await freePort(), await freePort()];
      this.ports.push(port);
      // prettier-ignore
      this.children.push(spawn('redis-server', [
        '--port', String(port), '--cluster-port', String(busPort), '--bind', '127.0.0.1',
        '--cluster-enabled', 'yes', '--cluster-config-file', join(this.dir, `nodes-${i + 1}.conf`),
        '--save', '', '--appendonly', 'no', '--dir', this.dir,
      ], { stdio: 'ignore' }));
    }
    await eventually(() => Promise.all(this.ports.map((port) => this.ask(port, (node) => node.ping()))), 30_000, 50);
    const nodes = this.ports.map((port) => `127.0.0.1:${port}`);
    await run('redis-cli', ['--cluster', 'create', ...nodes, '--cluster-replicas', '0', '--cluster-yes'], { timeout: 60_000 });
    await eventually(async () => {
      for (const port of this.ports) expect(await this.ask(port, (node) => node.cluster('INFO'))).toContain('cluster_state:ok');
    }, 60_000);
    return this;
  }

  /** The seed node, for REDIS_URL. */
  get url(): string {
    return `redis://127.0.0.1:${this.ports[0]}`;
  }

  /** The port of the master serving `key`'s slot, by CLUSTER KEYSLOT and CLUSTER SLOTS. */
  async masterOf(key: string): Promise<{ port: number; slot: number }> {
    const slot = await this.ask(this.ports[0], (node) => node.cluster('KEYSLOT', key));
    const ranges = await this.ask(this.ports[0], (node) => node.cluster('SLOTS'));
    const range = ranges.find(([from, to]) => slot >= from && slot <= to);
    if (!range) throw new Error(`No master serves slot ${slot}`);
    return { port: range[2][1], slot };
  }

  /** Every key on one node (SCAN sees only the node it runs on). */
  async keysOn(port: number): Promise<string[]> {
    return this.ask(port, async (node) => {
      const keys: string[] = [];
      for await (const batch of node.scanStream({ count: 1000 })) keys.push(...(batch as string[]));
      return keys.sort();
    });
  }

  async stop(): Promise<void> {
    await Promise.all(this.children.map((child) => endProcess(child, 'SIGKILL')));
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Runs a command on one node, on a connection of its own (not a cluster client: no redirections). */
  private async ask<T>(port: number, command: (node: Redis) => Promise<T>): Promise<T> {
    const node = new Redis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    node.on('error', () => undefined);
    try {
      await node.connect();
      return await command(node);
    } finally {
      node.disconnect();
    }
  }
}
