import { HeraldMetrics } from './herald-metrics';
import type { QueueDepthReading } from './queue-depth-gauges';

/** One sample of the exposition text, e.g. sample(text, 'herald_limit_refusals_total{limit="rate"}'). */
const sample = (text: string, series: string): number | undefined => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

const aDepth = (overrides: Partial<QueueDepthReading> = {}): QueueDepthReading => ({
  name: 'send-email',
  waiting: 4,
  active: 2,
  delayed: 1,
  failed: 0,
  oldestWaitingSince: null,
  ...overrides,
});

describe('HeraldMetrics', () => {
  it('records a request under its route pattern and status, and files an unknown method as other', async () => {
    const metrics = new HeraldMetrics();
    metrics.requestAnswered({ method: 'POST', route: '/v2/notifications/email', status: 201 }, 0.02);
    metrics.requestAnswered({ method: 'PROPFIND', route: 'unmatched', status: 404 }, 0.001);
    const { body } = await metrics.exposition();
    expect(sample(body, 'herald_http_request_duration_seconds_count{method="POST",route="/v2/notifications/email",status="201"}')).toBe(1);
    expect(sample(body, 'herald_http_request_duration_seconds_bucket{le="0.025",method="POST",route="/v2/notifications/email",status="201"}')).toBe(1);
    expect(sample(body, 'herald_http_request_duration_seconds_count{method="other",route="unmatched",status="404"}')).toBe(1);
  });

  it('counts notifications created and finished, hand-offs, provider calls, callbacks and refusals by their labels', async () => {
    const metrics = new HeraldMetrics();
    metrics.notificationCreated('sms');
    metrics.notificationFinished('email', 'delivered');
    metrics.notificationFinished('email', 'delivered');
    metrics.handedOff('email', 0.4);
    metrics.providerCalled({ channel: 'sms', provider: 'twilio-b', outcome: 'throttled' }, 0.3);
    metrics.callbackFinished('delivery_status', 'given-up');
    metrics.limitRefused('daily');
    const { body } = await metrics.exposition();
    expect(sample(body, 'herald_notifications_created_total{channel="sms"}')).toBe(1);
    expect(sample(body, 'herald_notifications_finished_total{channel="email",status="delivered"}')).toBe(2);
    expect(sample(body, 'herald_notification_handoff_seconds_bucket{le="0.5",channel="email"}')).toBe(1);
    expect(sample(body, 'herald_provider_call_duration_seconds_count{channel="sms",provider="twilio-b",outcome="throttled"}')).toBe(1);
    expect(sample(body, 'herald_callbacks_total{type="delivery_status",outcome="given-up"}')).toBe(1);
    expect(sample(body, 'herald_limit_refusals_total{limit="daily"}')).toBe(1);
  });

  it('reads queue depths when scraped, once for both gauges', async () => {
    const metrics = new HeraldMetrics();
    let reads = 0;
    metrics.readQueueDepthsWith(async () => {
      reads += 1;
      return [aDepth(), aDepth({ name: 'send-sms', waiting: 0, oldestWaitingSince: new Date(Date.now() - 60_000) })];
    });
    const { body } = await metrics.exposition();
    expect(reads).toBe(1);
    expect(sample(body, 'herald_queue_jobs{queue="send-email",state="waiting"}')).toBe(4);
    expect(sample(body, 'herald_queue_jobs{queue="send-email",state="active"}')).toBe(2);
    expect(sample(body, 'herald_queue_jobs{queue="send-sms",state="waiting"}')).toBe(0);
    expect(sample(body, 'herald_queue_oldest_waiting_seconds{queue="send-email"}')).toBe(0);
    expect(sample(body, 'herald_queue_oldest_waiting_seconds{queue="send-sms"}')).toBeGreaterThanOrEqual(60);
  });

  it('still answers a scrape when the queue depths cannot be read, without showing a stale backlog', async () => {
    const metrics = new HeraldMetrics();
    metrics.readQueueDepthsWith(async () => [aDepth()]);
    expect(sample((await metrics.exposition()).body, 'herald_queue_jobs{queue="send-email",state="waiting"}')).toBe(4);
    metrics.readQueueDepthsWith(() => Promise.reject(new Error('Connection is closed.')));
    metrics.notificationCreated('email');
    const { body } = await metrics.exposition();
    expect(sample(body, 'herald_notifications_created_total{channel="email"}')).toBe(1);
    expect(body).not.toContain('herald_queue_jobs{');
  });

  it('adds Node’s process metrics to the process’s own registry, which is one per process', async () => {
    expect(HeraldMetrics.forProcess()).toBe(HeraldMetrics.forProcess());
    expect(HeraldMetrics.forProcess().metricNames()).toEqual(expect.arrayContaining(['process_cpu_seconds_total', 'nodejs_eventloop_lag_p99_seconds']));
    expect(new HeraldMetrics().metricNames()).not.toContain('process_cpu_seconds_total');
  });
});
