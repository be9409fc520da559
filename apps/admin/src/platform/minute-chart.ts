import type { PlatformMinute } from '@herald/contracts';

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
  readonly plot: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
  readonly lines: ChartLine[];
  readonly yTicks: { readonly y: number; readonly label: string }[];
  readonly xTicks: { readonly x: number; readonly label: string }[];
  /** For the SVG's description. */
  readonly summary: string;
}

const WIDTH = 640;
const HEIGHT = 240;
const PLOT = { left: 48, top: 12, right: WIDTH - 24, bottom: HEIGHT - 32 };
const SERIES: ReadonlyArray<{ channel: Channel; label: string; colour: string; dash: string }> = [
  { channel: 'email', label: 'Emails', colour: '#1d70b8', dash: '' },
  { channel: 'sms', label: 'Text messages', colour: '#d4351c', dash: '8 4' },
  { channel: 'letter', label: 'Letters', colour: '#00703c', dash: '2 3' },
];

/** A round top for the y axis: 1, 2, 5, 10, 20, 50 … at or above the busiest minute. */
function niceMax(max: number): number {
  if (max <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= max) ?? 10 * magnitude;
}

const londonTime = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });

/** Geometry of the messages-per-minute line chart (rendered as SVG by the view; the table beside it has the same figures). */
export function minuteChart(minutes: readonly PlatformMinute[]): MinuteChart {
  const top = niceMax(Math.max(0, ...minutes.flatMap((m) => [m.email, m.sms, m.letter])));
  const x = (i: number) => PLOT.left + (minutes.length <= 1 ? 0 : (i * (PLOT.right - PLOT.left)) / (minutes.length - 1));
  const y = (value: number) => PLOT.bottom - (value * (PLOT.bottom - PLOT.top)) / top;
  const round = (n: number) => Math.round(n * 10) / 10;
  const lines = SERIES.map((series) => ({
    ...series,
    points: minutes.map((m, i) => `${round(x(i))},${round(y(m[series.channel]))}`).join(' '),
    total: minutes.reduce((sum, m) => sum + m[series.channel], 0),
  }));
  const yTicks = [0, top / 2, top].filter((v, i, all) => all.indexOf(v) === i && Number.isInteger(v)).map((v) => ({ y: round(y(v)), label: String(v) }));
  const xTicks = minutes.map((m, i) => ({ i, m })).filter(({ i }) => i % 15 === 0 || i === minutes.length - 1).map(({ i, m }) => ({ x: round(x(i)), label: londonTime(m.at) }));
  const summary = `Messages per minute over the last ${minutes.length} minutes: ${lines.map((l) => `${l.total.toLocaleString('en-GB')} ${l.label.toLowerCase()}`).join(', ')}.`;
  return { width: WIDTH, height: HEIGHT, plot: PLOT, lines, yTicks, xTicks, summary };
}
