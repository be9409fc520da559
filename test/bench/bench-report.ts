import { cpus, availableParallelism } from 'node:os';
import { ApiAcceptFigures } from './api-accept-rate';
import { LetterRenderFigures } from './letter-pdf-render';
import { HandoffFigures } from './worker-handoff';

export interface BenchSettings {
  readonly apiConnections: number;
  readonly apiSeconds: number;
  readonly handoffEmails: number;
  readonly handoffConnections: number;
  readonly databasePoolPerProcess: number | undefined;
  readonly queuePrefix: string;
}

const n = (value: number, digits = 0) => value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const json = (value: object) => JSON.stringify(value);

export function apiAcceptLines(figures: ApiAcceptFigures): string[] {
  const { load } = figures;
  return [
    `channel:               ${figures.channel}`,
    `accepted (201):        ${n(load.accepted)} in ${n(load.seconds, 1)} s = ${n(load.acceptedPerSecond, 1)} /s`,
    `non-2xx:               ${n(load.non2xx)}  status codes ${json(load.statusCodes)}`,
    `socket errors:         ${n(load.socketErrors)}  timeouts ${n(load.timeouts)}`,
    `latency:               p50 ${n(load.latencyP50Ms, 1)} ms, p99 ${n(load.latencyP99Ms, 1)} ms`,
    `left behind:           rows ${json(figures.storedByStatus)}, jobs ${json(figures.jobsByState)}`,
  ];
}

export function handoffLines(figures: HandoffFigures, target: number): string[] {
  const { backlog } = figures;
  return [
    `backlog stored:        ${n(backlog.storedByStatus.created ?? 0)} in ${n(backlog.seconds, 1)} s = ${n((backlog.storedByStatus.created ?? 0) / backlog.seconds, 1)} /s (${n(backlog.requests)} requests, ${n(backlog.non2xx)} non-2xx)`,
    `jobs before worker:    ${json(backlog.jobsByState)}`,
    `worker boot:           ${n(figures.workerBootSeconds, 2)} s (concurrency ${figures.workerConcurrency})`,
    `delivered over SMTP:   ${n(figures.delivered)}/${n(target)}${figures.allDelivered ? '' : ' (GAVE UP)'} in ${n(figures.deliverySeconds, 2)} s = ${n(figures.emailsPerSecond, 1)} emails/s`,
    `process CPU:           ${n(figures.processCpuSeconds, 1)} s over ${n(figures.deliverySeconds, 1)} s of delivery (${n((100 * figures.processCpuSeconds) / figures.deliverySeconds)}% of one core)`,
    `SMTP connections:      at most ${figures.smtpPeakConnections} open at once`,
    `rows at end:           ${json(figures.storedByStatusAtEnd)} -> ${figures.allSending ? `all ${n(target)} sending` : 'NOT all sending'}`,
    `jobs at end:           ${json(figures.jobsByStateAtEnd)}`,
    `SMTP connections left open after worker closed: ${figures.smtpConnectionsLeftByWorker}`,
  ];
}

export function letterRenderLines(figures: LetterRenderFigures): string[] {
  return [
    `rendered:              ${n(figures.letters)} PDFs in ${n(figures.seconds, 2)} s = ${n(figures.pdfsPerSecond, 1)} PDFs/s`,
    `average letter:        ${n(figures.averagePages, 2)} pages, ${n(figures.averageBytes / 1024, 1)} KiB`,
  ];
}

export function summaryLines(settings: BenchSettings, api: ApiAcceptFigures[], handoff?: HandoffFigures, letters?: LetterRenderFigures): string[] {
  const missing = 'not reached';
  return [
    '================ Herald benchmark summary ================',
    `node ${process.version}, ${availableParallelism()} CPUs (${cpus()[0]?.model ?? 'unknown'})`,
    `API phase:     ${settings.apiConnections} connections for ${settings.apiSeconds} s, one autocannon thread, fresh JWT per request`,
    `hand-off:      ${n(settings.handoffEmails)} emails, ${settings.handoffConnections} connections to fill, 1 worker`,
    `DB pool:       ${settings.databasePoolPerProcess ?? '?'} connections per process; queue prefix ${settings.queuePrefix}`,
    ...(api.length
      ? api.map(
          ({ channel, load }) =>
            `API ${channel.padEnd(7)}   ${n(load.acceptedPerSecond, 1)} /s accepted, ${n(load.non2xx)} non-2xx, p50 ${n(load.latencyP50Ms, 1)} ms, p99 ${n(load.latencyP99Ms, 1)} ms`,
        )
      : [`API accept:    ${missing}`]),
    handoff
      ? `worker:        ${n(handoff.delivered)} emails in ${n(handoff.deliverySeconds, 2)} s = ${n(handoff.emailsPerSecond, 1)} emails/s (concurrency ${handoff.workerConcurrency}); sending in DB: ${n(handoff.storedByStatusAtEnd.sending ?? 0)}`
      : `worker:        ${missing}`,
    letters
      ? `letter PDFs:   ${n(letters.letters)} in ${n(letters.seconds, 2)} s = ${n(letters.pdfsPerSecond, 1)} PDFs/s (${n(letters.averagePages, 2)} pages each on average)`
      : `letter PDFs:   ${missing}`,
    '===========================================================',
  ];
}
