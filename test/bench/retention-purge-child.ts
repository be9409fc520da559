import { INestApplicationContext } from '@nestjs/common';
import { ConfigSource, loadConfig } from '@herald/config';
import { DataRetentionRepository, NotificationPurgeRepository } from '@herald/persistence';
import { openPersistence } from '@herald/testing';
import { NotificationRetentionService } from '../../apps/worker/src/sweep/notification-retention.service';

/** What the benchmark sends the child: first `open` (it answers `ready`), then `purge` (it answers with a report and exits). */
export type PurgeOrder = { readonly kind: 'open'; readonly source: ConfigSource } | { readonly kind: 'purge'; readonly now: string };

export type PurgeAnswer = { readonly kind: 'ready' } | ({ readonly kind: 'report' } & PurgeReport);

export interface PurgeReport {
  readonly moved: number;
  readonly seconds: number;
  /** CPU time of this process (the worker's side of the purge), in seconds. */
  readonly cpuSeconds: number;
}

/**
 * The retention purge as a worker runs it, in a process of its own (forked by retention-purge.ts)
 * so its Node.js work never shares the API's event loop. It connects before the clock starts, so
 * the measured window holds the purge alone.
 */
let app: INestApplicationContext | undefined;

process.on('message', (order: PurgeOrder) => {
  void obey(order).catch((error: unknown) => {
    console.error('The purge process failed:', error);
    process.exit(1);
  });
});

async function obey(order: PurgeOrder): Promise<void> {
  if (order.kind === 'open') {
    app = await openPersistence(loadConfig(order.source));
    answer({ kind: 'ready' });
    return;
  }
  if (!app) throw new Error('Told to purge before being told to open the database');
  const service = new NotificationRetentionService(app.get(DataRetentionRepository), app.get(NotificationPurgeRepository));
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const moved = await service.purge(new Date(order.now));
  const cpu = process.cpuUsage(cpuBefore);
  answer({ kind: 'report', moved, seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 });
  await app.close();
  process.disconnect();
}

function answer(message: PurgeAnswer): void {
  process.send?.(message);
}
