import { PlatformMinute, UK_TIME_ZONE } from '@herald/contracts';
import { ChartPlot, ChartTick, niceMax, roundTenth, tickLabel, yTicks } from '../charts/chart-scale';

type Channel = 'email' | 'sms' | 'letter';

export interface ChartLine {
  readonly channel: Channel;
  readonly label: string;
  /** SVG polyline points. */
  readonly points: string;
  readonly colour: string;
  /** Told apart without colour too: solid, dashed, dotted. */
  readonly dash: string;
  readonly total: number;
}

export interface MinuteChart {
  readonly width: number;
  readonly height: number;
  readonly plot: ChartPlot;
  readonly lines: ChartLine[];
  readonly yTicks: ChartTick[];
  readonly xTicks: { readonly x: number; readonly label: string }[];
  /** For the SVG's description. */
  readonly summary: string;
}

const WIDTH = 640;
const HEIGHT = 240;
const PLOT = { left: 60, top: 12, right: WIDTH - 24, bottom: HEIGHT - 32 };
const SERIES: ReadonlyArray<{ channel: Channel; label: string; colour: string; dash: string }> = [
  { channel: 'email', label: 'Emails', colour: '#1d70b8', dash: '' },
  { channel: 'sms', label: 'Text messages', colour: '#d4351c', dash: '8 4' },
  { channel: 'letter', label: 'Letters', colour: '#00703c', dash: '2 3' },
];

const londonTime = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: UK_TIME_ZONE });

/** Geometry of the messages-per-minute line chart (rendered as SVG by the view; the table beside it has the same figures). */
export function minuteChart(minutes: readonly PlatformMinute[]): MinuteChart {
  const top = niceMax(Math.max(0, ...minutes.flatMap((m) => [m.email, m.sms, m.letter])));
  const x = (i: number) => PLOT.left + (minutes.length <= 1 ? 0 : (i * (PLOT.right - PLOT.left)) / (minutes.length - 1));
  const y = (value: number) => PLOT.bottom - (value * (PLOT.bottom - PLOT.top)) / top;
  const lines = SERIES.map((series) => ({
    ...series,
    points: minutes.map((m, i) => `${roundTenth(x(i))},${roundTenth(y(m[series.channel]))}`).join(' '),
    total: minutes.reduce((sum, m) => sum + m[series.channel], 0),
  }));
  const xTicks = minutes
    .map((m, i) => ({ i, m }))
    // Every quarter hour and the last minute, less a quarter that would crowd the last minute's label.
    .filter(({ i }) => i === minutes.length - 1 || (i % 15 === 0 && minutes.length - 1 - i >= 8))
    .map(({ i, m }) => ({ x: roundTenth(x(i)), label: londonTime(m.at) }));
  const summary = `Messages per minute over the last ${minutes.length} minutes: ${lines.map((l) => `${l.total.toLocaleString('en-GB')} ${l.label.toLowerCase()}`).join(', ')}.`;
  return { width: WIDTH, height: HEIGHT, plot: PLOT, lines, yTicks: yTicks(top, y, tickLabel), xTicks, summary };
}
