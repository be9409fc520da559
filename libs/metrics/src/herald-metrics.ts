import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { AnsweredRequest, CallbackOutcome, LimitKind, MetricChannel, ProviderOutcome } from './metric-labels';
import { QueueDepthGauges, QueueDepthReader } from './queue-depth-gauges';

const METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']);

/** Seconds; p95 and p99 of an accepted send are expected well under 0.1 s. */
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Seconds; GOV.UK Notify promises 95% within 10 s, and a retried send can take hours. */
const HANDOFF_BUCKETS = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600];
const PROVIDER_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export interface HeraldMetricsOptions {
  /** Also Node's process metrics (CPU, memory, event loop, GC): on for the process's own registry. */
  readonly processMetrics?: boolean;
}

/**
 * Every metric Herald exposes, defined here once, with one typed method per event so that label
 * values come from closed sets (metric-labels.ts). The process has one (forProcess): the embedded
 * start runs the API and a worker in one process and shows both at the API's /metrics.
 */
export class HeraldMetrics {
  private static processWide: HeraldMetrics | null = null;

  readonly registry = new Registry();
  private readonly queueDepths: QueueDepthGauges;
  private readonly requests: Histogram<'method' | 'route' | 'status'>;
  private readonly created: Counter<'channel'>;
  private readonly finished: Counter<'channel' | 'status'>;
  private readonly handoff: Histogram<'channel'>;
  private readonly providerCalls: Histogram<'channel' | 'provider' | 'outcome'>;
  private readonly callbacks: Counter<'type' | 'outcome'>;
  private readonly refusals: Counter<'limit'>;

  /** The process's metrics, which /metrics shows; made on first use. */
  static forProcess(): HeraldMetrics {
    HeraldMetrics.processWide ??= new HeraldMetrics({ processMetrics: true });
    return HeraldMetrics.processWide;
  }

  constructor(options: HeraldMetricsOptions = {}) {
    const registers = [this.registry];
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry });
    this.requests = new Histogram({
      name: 'herald_http_request_duration_seconds',
      help: 'HTTP requests answered, by method, route pattern and status, with the time to answer.',
      labelNames: ['method', 'route', 'status'],
      buckets: REQUEST_BUCKETS,
      registers,
    });
    this.created = new Counter({
      name: 'herald_notifications_created_total',
      help: 'Notifications accepted through the v2 API (201), by channel.',
      labelNames: ['channel'],
      registers,
    });
    this.finished = new Counter({
      name: 'herald_notifications_finished_total',
      help: 'Notifications that reached a final status, by channel and status (counted by the process that recorded it).',
      labelNames: ['channel', 'status'],
      registers,
    });
    this.handoff = new Histogram({
      name: 'herald_notification_handoff_seconds',
      help: 'Time from a notification being queued (right after it is stored) to a provider taking it, retries included, by channel.',
      labelNames: ['channel'],
      buckets: HANDOFF_BUCKETS,
      registers,
    });
    this.providerCalls = new Histogram({
      name: 'herald_provider_call_duration_seconds',
      help: 'Calls to providers (a send, or a print batch), by channel, provider and outcome, with their duration.',
      labelNames: ['channel', 'provider', 'outcome'],
      buckets: PROVIDER_BUCKETS,
      registers,
    });
    this.callbacks = new Counter({
      name: 'herald_callbacks_total',
      help: "Callbacks to services' URLs by callback type and outcome: sent, failed (retried later), refused (for good), given-up (retries exhausted), skipped (nothing to report).",
      labelNames: ['type', 'outcome'],
      registers,
    });
    this.refusals = new Counter({
      name: 'herald_limit_refusals_total',
      help: 'Requests refused with 429 by the rate limit (rate) or the daily limit (daily).',
      labelNames: ['limit'],
      registers,
    });
    this.queueDepths = new QueueDepthGauges(this.registry);
  }

  requestAnswered(request: AnsweredRequest, seconds: number): void {
    const method = METHODS.has(request.method) ? request.method : 'other';
    this.requests.observe({ method, route: request.route, status: String(request.status) }, seconds);
  }

  notificationCreated(channel: MetricChannel): void {
    this.created.inc({ channel });
  }

  /** `status`: a final NotificationStatus (libs/domain's closed list). */
  notificationFinished(channel: MetricChannel, status: string): void {
    this.finished.inc({ channel, status });
  }

  handedOff(channel: MetricChannel, seconds: number): void {
    this.handoff.observe({ channel }, seconds);
  }

  /** `provider`: the provider's configured name (`smtp`, `twilio-b`, `outbox`...). */
  providerCalled(call: { readonly channel: MetricChannel; readonly provider: string; readonly outcome: ProviderOutcome }, seconds: number): void {
    this.providerCalls.observe({ channel: call.channel, provider: call.provider, outcome: call.outcome }, seconds);
  }

  /** `type`: the callback type (libs/domain's CALLBACK_TYPES). */
  callbackFinished(type: string, outcome: CallbackOutcome): void {
    this.callbacks.inc({ type, outcome });
  }

  limitRefused(limit: LimitKind): void {
    this.refusals.inc({ limit });
  }

  /** Where queue depths are read from on each scrape (null: none, e.g. once the app that gave it has closed). */
  readQueueDepthsWith(reader: QueueDepthReader | null): void {
    this.queueDepths.use(reader);
  }

  get queueDepthReader(): QueueDepthReader | null {
    return this.queueDepths.current;
  }

  /** The names of every metric defined, for checks on dashboards and queries. */
  metricNames(): string[] {
    return this.registry.getMetricsAsArray().map((metric) => metric.name);
  }

  /** The text Prometheus scrapes, and its content type. */
  async exposition(): Promise<{ readonly contentType: string; readonly body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
