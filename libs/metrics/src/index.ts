export { HeraldMetrics, HeraldMetricsOptions } from './herald-metrics';
export { AnsweredRequest, CallbackOutcome, LimitKind, MetricChannel, ProviderOutcome, QueueState } from './metric-labels';
export { MetricsController } from './metrics.controller';
export { MetricsEndpointOptions, MetricsModule } from './metrics.module';
export { QueueDepthReader, QueueDepthReading } from './queue-depth-gauges';
export { QUEUE_DEPTHS, QueueDepthSource } from './queue-depth-source';
