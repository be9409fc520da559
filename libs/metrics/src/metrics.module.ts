import { DynamicModule, InjectionToken, Module, ModuleMetadata, Provider } from '@nestjs/common';
import { HeraldMetrics } from './herald-metrics';
import { MetricsController } from './metrics.controller';
import { QUEUE_DEPTHS, QueueDepthSourceBinding } from './queue-depth-source';

const PROCESS_METRICS: Provider = { provide: HeraldMetrics, useFactory: () => HeraldMetrics.forProcess() };

export interface MetricsEndpointOptions {
  /** The module that provides the queue depths (libs/queue's QueueModule), which this lib may not import. */
  readonly imports: NonNullable<ModuleMetadata['imports']>;
  /** Its provider of queue depths (libs/queue's QueueDepths). */
  readonly queueDepths: InjectionToken;
}

/** The process's HeraldMetrics, for whatever records a metric. */
@Module({ providers: [PROCESS_METRICS], exports: [HeraldMetrics] })
export class MetricsModule {
  /** For an app that serves `/metrics` (the API, the worker): the endpoint, with queue depths read on each scrape. */
  static endpoint(options: MetricsEndpointOptions): DynamicModule {
    return {
      module: MetricsModule,
      imports: options.imports,
      controllers: [MetricsController],
      providers: [PROCESS_METRICS, { provide: QUEUE_DEPTHS, useExisting: options.queueDepths }, QueueDepthSourceBinding],
      exports: [HeraldMetrics],
    };
  }
}
