import { availableParallelism, cpus, loadavg } from 'node:os';
import type { LoadFigures } from './notification-load';
import type { AcceptFigures, AcceptPlan, AcceptRound } from './omnichannel-accept-rate';
import type { FallbackFigures, FallbackPlan } from './omnichannel-fallback';
import { quantile } from './quantile';

const n = (value: number, digits = 0) => value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const json = (value: object) => JSON.stringify(value);

/** The load average: on a busy machine every figure grows, a ratio to an interleaved floor much less. */
export function loadLine(): string {
  return `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;
}

const loadFigures = (label: string, load: LoadFigures) =>
  `${label} ${n(load.accepted)} in ${n(load.seconds, 1)} s = ${n(load.acceptedPerSecond, 1)} /s, non-2xx ${n(load.non2xx)} ${load.non2xx ? json(load.statusCodes) : ''}, p50 ${n(load.latencyP50Ms, 1)} ms, p99 ${n(load.latencyP99Ms, 1)} ms`;

export function acceptRoundLines(round: AcceptRound, index: number): string[] {
  return [
    `round ${index + 1}: ${loadFigures('v2 email (floor)', round.floor)}`,
    `         ${loadFigures('messages        ', round.messages)}  -> ${n(round.messages.acceptedPerSecond / round.floor.acceptedPerSecond, 2)}x floor`,
  ];
}

export function acceptLines(figures: AcceptFigures): string[] {
  const ratios = figures.rounds.map((r) => r.messages.acceptedPerSecond / r.floor.acceptedPerSecond);
  return [
    `v2 email (floor):      ${n(figures.floorPerSecond, 1)} /s accepted over ${figures.rounds.length} rounds`,
    `messages (3 channels): ${n(figures.messagesPerSecond, 1)} /s accepted over ${figures.rounds.length} rounds`,
    `ratio:                 ${n(figures.messagesPerSecond / figures.floorPerSecond, 2)}x floor overall; per round median ${n(quantile(ratios, 0.5), 2)}x (min ${n(Math.min(...ratios), 2)}, max ${n(Math.max(...ratios), 2)})`,
  ];
}

export function fallbackLines(figures: FallbackFigures): string[] {
  const ms = figures.latenciesMs;
  return [
    `messages:              ${n(figures.posted)} posted, ${n(figures.accepted)} accepted (201), in ${n(figures.seconds, 1)} s to the last email`,
    `SMS refused (21211):   ${n(figures.refusedByTwilio)}; emails at SMTP ${n(figures.handedToSmtp)}${figures.allHanded ? '' : ' (GAVE UP)'}`,
    `send-sms jobs at end:  ${json(figures.smsJobsByState)}`,
    ...figures.stuck.map((message) => `never reached SMTP:    ${json(message)}`),
    `refusal -> next attempt at its provider: p50 ${n(quantile(ms, 0.5))} ms, p90 ${n(quantile(ms, 0.9))} ms, p99 ${n(quantile(ms, 0.99))} ms, max ${n(ms.length ? Math.max(...ms) : Number.NaN)} ms (${n(ms.length)} measured)`,
  ];
}

export function omnichannelSummaryLines(
  acceptPlan: AcceptPlan,
  fallbackPlan: Omit<FallbackPlan, 'config'>,
  accept?: AcceptFigures,
  fallback?: FallbackFigures,
): string[] {
  const missing = 'not reached';
  const ms = fallback?.latenciesMs ?? [];
  return [
    '============ Herald omnichannel benchmark summary ============',
    `node ${process.version}, ${availableParallelism()} CPUs (${cpus()[0]?.model ?? 'unknown'}), ${loadLine()}`,
    `accept:        ${acceptPlan.rounds} rounds of ${n(acceptPlan.requestsPerRound)} v2 emails then ${n(acceptPlan.requestsPerRound)} messages, ${acceptPlan.connections} connections, fresh JWT per request, no worker`,
    `fallback:      ${n(fallbackPlan.messages)} messages sms then email at ${fallbackPlan.perSecond} /s, Twilio refuses every number, 1 worker (routing tick 500 ms)`,
    accept
      ? `messages/s:    ${n(accept.messagesPerSecond, 1)} accepted by POST /herald/v1/messages = ${n(accept.messagesPerSecond / accept.floorPerSecond, 2)}x the interleaved POST /v2/notifications/email floor (${n(accept.floorPerSecond, 1)} /s)`
      : `messages/s:    ${missing}`,
    fallback
      ? `fallback:      permanent failure -> next attempt handed to its provider: p50 ${n(quantile(ms, 0.5))} ms, p99 ${n(quantile(ms, 0.99))} ms over ${n(ms.length)} messages`
      : `fallback:      ${missing}`,
    '===============================================================',
  ];
}
