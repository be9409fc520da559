import { Logger } from '@nestjs/common';
import { Gauge, Registry } from 'prom-client';
import type { QueueState } from './metric-labels';

/** One queue's backlog, as libs/queue's QueueDepths reads it (matched by shape: this lib depends on no other). */
export interface QueueDepthReading {
  readonly name: string;
  readonly waiting: number;
  readonly active: number;
  readonly delayed: number;
  readonly failed: number;
  readonly oldestWaitingSince: Date | null;
}

export type QueueDepthReader = () => Promise<readonly QueueDepthReading[]>;

const STATES: readonly QueueState[] = ['waiting', 'active', 'delayed', 'failed'];
/** The queues' connection waits out a Redis outage; a scrape must not. */
const READ_TIMEOUT_MS = 3000;
/** Both gauges are collected in one scrape: they share one read of Redis. */
const READ_REUSE_MS = 500;

/**
 * Queue depths, read from Redis when Prometheus scrapes rather than kept up to date. When the
 * read fails or times out the gauges are left empty (no stale backlog is shown) and the scrape
 * still answers with every other metric.
 */
export class QueueDepthGauges {
  private readonly logger = new Logger('HeraldMetrics');
  private reader: QueueDepthReader | null = null;
  private lastRead: { readonly at: number; readonly depths: Promise<readonly QueueDepthReading[] | null> } | null = null;

  constructor(registry: Registry) {
    const read = () => this.read();
    new Gauge({
      name: 'herald_queue_jobs',
      help: 'Jobs in each queue by state (waiting includes bulk sends waiting at a lower priority), read from Redis on each scrape.',
      labelNames: ['queue', 'state'] as const,
      registers: [registry],
      async collect() {
        this.reset();
        for (const depth of (await read()) ?? []) for (const state of STATES) this.set({ queue: depth.name, state }, depth[state]);
      },
    });
    new Gauge({
      name: 'herald_queue_oldest_waiting_seconds',
      help: 'How long the oldest job ready to run has waited in each queue (0 when none waits).',
      labelNames: ['queue'] as const,
      registers: [registry],
      async collect() {
        this.reset();
        const now = Date.now();
        for (const depth of (await read()) ?? []) {
          this.set({ queue: depth.name }, depth.oldestWaitingSince ? Math.max(0, (now - depth.oldestWaitingSince.getTime()) / 1000) : 0);
        }
      },
    });
  }

  /** Where depths come from; the last app to start in a process provides them (the embedded start has two). */
  use(reader: QueueDepthReader | null): void {
    this.reader = reader;
    this.lastRead = null;
  }

  get current(): QueueDepthReader | null {
    return this.reader;
  }

  private read(): Promise<readonly QueueDepthReading[] | null> {
    const reader = this.reader;
    if (!reader) return Promise.resolve(null);
    if (this.lastRead && Date.now() - this.lastRead.at < READ_REUSE_MS) return this.lastRead.depths;
    const depths = withinTimeout(reader(), READ_TIMEOUT_MS).catch((error: Error) => {
      this.logger.warn(`Queue depths not read for this scrape: ${error.message}`);
      return null;
    });
    this.lastRead = { at: Date.now(), depths };
    return depths;
  }
}

function withinTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
