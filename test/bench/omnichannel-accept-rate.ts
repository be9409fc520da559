import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import type { LoadFigures } from './notification-load';
import type { OmnichannelTarget } from './omnichannel-target';

export interface AcceptPlan {
  readonly rounds: number;
  /** Requests of each kind in each round. */
  readonly requestsPerRound: number;
  readonly connections: number;
}

export interface AcceptRound {
  readonly floor: LoadFigures;
  readonly messages: LoadFigures;
}

export interface AcceptFigures {
  readonly rounds: AcceptRound[];
  /** Every round together: accepted over the seconds spent. */
  readonly floorPerSecond: number;
  readonly messagesPerSecond: number;
}

const PERSONALISATION = { name: 'Jo Bloggs', date: 'Monday 3 March' };
const ADDRESS = { address_line_1: 'Jo Bloggs', address_line_2: '10 Downing Street', address_line_3: 'London', address_line_4: 'SW1A 2AA' };

/**
 * Phase 1: `POST /herald/v1/messages` (three channels, every variant composed to check it) against
 * its floor, `POST /v2/notifications/email` (one channel), in alternate rounds of the same size, so
 * a busy machine slows both alike and their ratio stays meaningful. No worker runs.
 */
export async function measureAcceptRate(
  target: OmnichannelTarget,
  plan: AcceptPlan,
  onRound: (round: AcceptRound, index: number) => void,
): Promise<AcceptFigures> {
  const floorBody = {
    template_id: target.emailTemplateId,
    email_address: 'bench.recipient@example.com',
    personalisation: PERSONALISATION,
    reference: 'herald-bench',
  };
  const messageBody = {
    template_set_id: target.templateSetId,
    recipient: { email_address: 'bench.recipient@example.com', phone_number: '07700 900 456', address: ADDRESS },
    personalisation: PERSONALISATION,
    routing: { method: 'first_success', channels: ['email', 'sms', 'letter'], fallback_after: { email: 'P2D', sms: 'P1D' } },
    reference: 'herald-bench',
  };
  const rounds: AcceptRound[] = [];
  for (let index = 0; index < plan.rounds; index += 1) {
    const floor = await drive(target, '/v2/notifications/email', floorBody, plan);
    const messages = await drive(target, '/herald/v1/messages', messageBody, plan);
    rounds.push({ floor, messages });
    onRound({ floor, messages }, index);
  }
  const rate = (pick: (round: AcceptRound) => LoadFigures) =>
    rounds.reduce((sum, r) => sum + pick(r).accepted, 0) / rounds.reduce((sum, r) => sum + pick(r).seconds, 0);
  return { rounds, floorPerSecond: rate((r) => r.floor), messagesPerSecond: rate((r) => r.messages) };
}

/** autocannon in a worker thread of its own, a fresh Notify JWT per request (authorize-request.js), as notification-load.ts does. */
async function drive(target: OmnichannelTarget, path: string, body: object, plan: AcceptPlan): Promise<LoadFigures> {
  const started = performance.now();
  const result = await autocannon({
    url: `${target.baseUrl}${path}`,
    connections: plan.connections,
    duration: 300,
    maxOverallRequests: plan.requestsPerRound,
    workers: 1,
    timeout: 30,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    initialContext: { serviceId: target.key.serviceId, secret: target.key.secret },
    requests: [{ setupRequest: join(__dirname, 'authorize-request.js') }],
  });
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]));
  const accepted = statusCodes['201'] ?? 0;
  // With `workers`, autocannon reports whole seconds, too coarse for rounds of a few; the wall time
  // also counts its worker thread's start, the same for both kinds of request.
  const seconds = (performance.now() - started) / 1000;
  return {
    seconds,
    accepted,
    acceptedPerSecond: seconds > 0 ? accepted / seconds : 0,
    non2xx: result.non2xx,
    statusCodes,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
  };
}
