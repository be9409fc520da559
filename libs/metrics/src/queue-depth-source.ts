import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { HeraldMetrics } from './herald-metrics';
import type { QueueDepthReader, QueueDepthReading } from './queue-depth-gauges';

/** Injection token of the app's queue depths (libs/queue's QueueDepths, bound by MetricsModule.endpoint). */
export const QUEUE_DEPTHS = Symbol('QUEUE_DEPTHS');

/** What MetricsModule needs of libs/queue's QueueDepths. */
export interface QueueDepthSource {
  read(): Promise<readonly QueueDepthReading[]>;
}

/** Gives the process's metrics this app's queue depths while the app runs. */
@Injectable()
export class QueueDepthSourceBinding implements OnModuleInit, OnApplicationShutdown {
  private readonly reader: QueueDepthReader;

  constructor(
    private readonly metrics: HeraldMetrics,
    @Inject(QUEUE_DEPTHS) source: QueueDepthSource,
  ) {
    this.reader = () => source.read();
  }

  onModuleInit(): void {
    this.metrics.readQueueDepthsWith(this.reader);
  }

  /** Its queues close with the app; another app of the process (the embedded start) may have taken over already. */
  onApplicationShutdown(): void {
    if (this.metrics.queueDepthReader === this.reader) this.metrics.readQueueDepthsWith(null);
  }
}
