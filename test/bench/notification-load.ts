import { join } from 'node:path';
import autocannon from 'autocannon';
import { BenchChannel } from './bench-channel';

/** Where the load goes: Herald's API (in this process or a child) or the floor, with the key and templates to use. */
export interface LoadTarget {
  readonly baseUrl: string;
  readonly key: { readonly serviceId: string; readonly secret: string };
  readonly templateIds: Readonly<Record<BenchChannel, string>>;
}

export interface LoadFigures {
  readonly seconds: number;
  readonly accepted: number;
  readonly acceptedPerSecond: number;
  readonly non2xx: number;
  /** Status code → count, for every code seen. */
  readonly statusCodes: Record<string, number>;
  readonly socketErrors: number;
  readonly timeouts: number;
  readonly latencyP50Ms: number;
  readonly latencyP99Ms: number;
}

export interface LoadShape {
  readonly connections: number;
  /** Upper bound of the run. */
  readonly seconds: number;
  /** Stop after this many responses, if the time has not run out first. */
  readonly maxRequests?: number;
  /** Requests a second over all connections (autocannon's overallRate); unset: as fast as answers come. */
  readonly ratePerSecond?: number;
}

/** A realistic request body for each channel, against the target's template of that channel. */
export function requestBody(target: LoadTarget, channel: BenchChannel): object {
  const common = { template_id: target.templateIds[channel], reference: 'herald-bench' };
  switch (channel) {
    case 'email':
      return { ...common, email_address: 'bench.recipient@example.com', personalisation: { name: 'Jo Bloggs', date: 'Monday 3 March' } };
    case 'sms':
      return { ...common, phone_number: '07700 900 456', personalisation: { name: 'Jo Bloggs', date: 'Monday 3 March' } };
    case 'letter':
      return {
        ...common,
        personalisation: {
          address_line_1: 'Jo Bloggs',
          address_line_2: '10 Downing Street',
          address_line_3: 'London',
          postcode: 'SW1A 2AA',
          name: 'Jo Bloggs',
          date: 'Monday 3 March',
        },
      };
  }
}

/**
 * Drives `POST /v2/notifications/<channel>` with autocannon. The load runs in a worker thread of
 * its own (autocannon's `workers: 1`), so it does not share the API's event loop.
 */
export async function postNotifications(target: LoadTarget, channel: BenchChannel, shape: LoadShape): Promise<LoadFigures> {
  const result = await autocannon({
    url: `${target.baseUrl}/v2/notifications/${channel}`,
    connections: shape.connections,
    duration: shape.seconds,
    maxOverallRequests: shape.maxRequests,
    overallRate: shape.ratePerSecond,
    workers: 1,
    timeout: 30,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(requestBody(target, channel)),
    initialContext: { serviceId: target.key.serviceId, secret: target.key.secret },
    requests: [{ setupRequest: join(__dirname, 'authorize-request.js') }],
  });
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]));
  const accepted = statusCodes['201'] ?? 0;
  return {
    seconds: result.duration,
    accepted,
    acceptedPerSecond: result.duration > 0 ? accepted / result.duration : 0,
    non2xx: result.non2xx,
    statusCodes,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
  };
}
