import { createHash } from 'node:crypto';
import { PlatformDashboardResponse, PlatformMinute, PlatformQueueDepth, UK_TIME_ZONE } from '@herald/contracts';
import { MinuteChart, minuteChart } from './minute-chart';

/** What the dashboard's figures (whole page and refreshed fragment) render. */
export interface PlatformFiguresView {
  readonly figures: PlatformDashboardResponse;
  readonly chart: MinuteChart;
  /** Changes only when a figure does: the refresh script swaps the region only then. */
  readonly version: string;
  readonly generatedAtText: string;
  readonly minutesNewestFirst: Array<PlatformMinute & { atText: string }>;
  readonly queues: Array<PlatformQueueDepth & { oldestWaitingText: string }>;
  readonly channelNames: Record<string, string>;
}

const CHANNEL_NAMES = { email: 'Email', sms: 'Text message', letter: 'Letter' };

const londonTime = (iso: string, seconds = false) =>
  new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', ...(seconds ? { second: '2-digit' } : {}), timeZone: UK_TIME_ZONE });

/** `45 seconds`, `3 minutes`, `2 hours 5 minutes`. */
export function waitingFor(seconds: number | null): string {
  if (seconds === null) return 'None waiting';
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (seconds < 60) return plural(seconds, 'second');
  if (seconds < 3600) return plural(Math.floor(seconds / 60), 'minute');
  const minutes = Math.floor((seconds % 3600) / 60);
  return `${plural(Math.floor(seconds / 3600), 'hour')}${minutes ? ` ${plural(minutes, 'minute')}` : ''}`;
}

export function platformFiguresView(figures: PlatformDashboardResponse): PlatformFiguresView {
  const { generatedAt: _generatedAt, ...rest } = figures;
  return {
    figures,
    chart: minuteChart(figures.messagesPerMinute),
    version: createHash('sha256').update(JSON.stringify(rest)).digest('hex').slice(0, 16),
    generatedAtText: londonTime(figures.generatedAt, true),
    minutesNewestFirst: [...figures.messagesPerMinute].reverse().map((m) => ({ ...m, atText: londonTime(m.at) })),
    queues: figures.queues.map((q) => ({ ...q, oldestWaitingText: waitingFor(q.oldestWaitingAgeSeconds) })),
    channelNames: CHANNEL_NAMES,
  };
}
