import autocannon from 'autocannon';
import authorizeRequest from './authorize-request';

/** The load to make: `start` (answered by `started`), then `stop` or the time limit (answered by `figures`). */
export type LoadOrder =
  | {
      readonly kind: 'start';
      readonly url: string;
      readonly body: string;
      readonly ratePerSecond: number;
      readonly maxSeconds: number;
      readonly context: { readonly serviceId: string; readonly secret: string };
    }
  | { readonly kind: 'stop' };

export type LoadAnswer = { readonly kind: 'started' } | ({ readonly kind: 'figures' } & SteadyLoadFigures);

export interface SteadyLoadFigures {
  readonly seconds: number;
  readonly accepted: number;
  /** Responses other than 2xx, and socket errors (timeouts among them). */
  readonly failed: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/**
 * The retention benchmark's load generator, in a process of its own: it never shares the API's
 * event loop, and, unlike autocannon's worker-thread mode (whose stop() never reports), it can be
 * stopped the moment the purge ends.
 */
let instance: autocannon.Instance | undefined;

process.on('message', (order: LoadOrder) => {
  if (order.kind === 'stop') return instance?.stop();
  instance = autocannon({
    url: order.url,
    // Enough connections that one slow answer never holds back the rate.
    connections: Math.max(1, Math.ceil(order.ratePerSecond / 10)),
    overallRate: order.ratePerSecond,
    duration: order.maxSeconds,
    timeout: 30,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: order.body,
    initialContext: { ...order.context },
    requests: [{ setupRequest: authorizeRequest }],
  });
  answer({ kind: 'started' });
  void Promise.resolve(instance).then((result) => {
    answer({
      kind: 'figures',
      seconds: result.duration,
      accepted: result.statusCodeStats['201']?.count ?? 0,
      failed: result.non2xx + result.errors,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
    });
    process.disconnect();
  });
});

function answer(message: LoadAnswer): void {
  process.send?.(message);
}
