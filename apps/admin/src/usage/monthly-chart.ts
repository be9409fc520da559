import type { UsageMonth } from '@herald/contracts';
import { ChartPlot, ChartTick, niceMax, roundTenth, tickLabel, yTicks } from '../charts/chart-scale';

type Channel = 'emails' | 'textMessages' | 'letters';

export interface UsageSeries {
  readonly channel: Channel;
  readonly label: string;
  readonly colour: string;
  /** Told apart without colour too: a fill pattern id (defined in the view), or none for solid. */
  readonly pattern: string | null;
}

export interface UsageBar {
  readonly channel: Channel;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fill: string;
}

export interface MonthlyChart {
  readonly width: number;
  readonly height: number;
  readonly plot: ChartPlot;
  readonly series: readonly UsageSeries[];
  /** Three bars a month (emails, text messages, letters); empty ones are left out. */
  readonly bars: UsageBar[];
  readonly yTicks: ChartTick[];
  readonly xTicks: { readonly x: number; readonly label: string }[];
  /** For the SVG's description. */
  readonly summary: string;
}

const WIDTH = 640;
const HEIGHT = 260;
const PLOT = { left: 60, top: 12, right: WIDTH - 12, bottom: HEIGHT - 32 };
export const USAGE_SERIES: readonly UsageSeries[] = [
  { channel: 'emails', label: 'Emails', colour: '#1d70b8', pattern: null },
  { channel: 'textMessages', label: 'Text messages', colour: '#00703c', pattern: 'herald-usage-hatch' },
  { channel: 'letters', label: 'Letters', colour: '#4c2c92', pattern: 'herald-usage-dots' },
];

/** `April 2026` for `2026-04`. */
export const monthName = (month: string): string =>
  new Date(`${month}-15T12:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

const shortMonth = (month: string): string => new Date(`${month}-15T12:00:00Z`).toLocaleDateString('en-GB', { month: 'short', timeZone: 'UTC' });

/** Geometry of the financial year's chart: each month's emails, texts and letters side by side (the table has the same figures). */
export function monthlyChart(months: readonly UsageMonth[]): MonthlyChart {
  const top = niceMax(Math.max(0, ...months.flatMap((m) => USAGE_SERIES.map((s) => m[s.channel]))));
  const slot = (PLOT.right - PLOT.left) / Math.max(months.length, 1);
  const barWidth = (slot * 0.8) / USAGE_SERIES.length;
  const scale = (value: number) => (value * (PLOT.bottom - PLOT.top)) / top;
  const bars = months.flatMap((m, i) =>
    USAGE_SERIES.flatMap((s, j) => {
      if (m[s.channel] === 0) return [];
      const height = scale(m[s.channel]);
      return [
        {
          channel: s.channel,
          x: roundTenth(PLOT.left + i * slot + slot * 0.1 + j * barWidth),
          y: roundTenth(PLOT.bottom - height),
          width: roundTenth(barWidth),
          height: roundTenth(height),
          fill: s.pattern ? `url(#${s.pattern})` : s.colour,
        },
      ];
    }),
  );
  return {
    width: WIDTH,
    height: HEIGHT,
    plot: PLOT,
    series: USAGE_SERIES,
    bars,
    yTicks: yTicks(top, (v) => PLOT.bottom - scale(v), tickLabel),
    xTicks: months.map((m, i) => ({ x: roundTenth(PLOT.left + i * slot + slot / 2), label: shortMonth(m.month) })),
    summary: summaryOf(months),
  };
}

function summaryOf(months: readonly UsageMonth[]): string {
  const n = (value: number) => value.toLocaleString('en-GB');
  const count = (value: number, one: string) => `${n(value)} ${one}${value === 1 ? '' : 's'}`;
  const sum = (channel: Channel) => months.reduce((total, m) => total + m[channel], 0);
  const period = months.length ? `from ${monthName(months[0].month)} to ${monthName(months[months.length - 1].month)}` : '';
  const all = (m: UsageMonth) => m.emails + m.textMessages + m.letters;
  if (months.every((m) => all(m) === 0)) return `Nothing was sent ${period}.`;
  const busiest = months.reduce((best, m) => (all(m) > all(best) ? m : best), months[0]);
  return (
    `${count(sum('emails'), 'email')}, ${count(sum('textMessages'), 'text message')} and ${count(sum('letters'), 'letter')} were sent ${period}. ` +
    `The busiest month was ${monthName(busiest.month)}, with ${count(all(busiest), 'message')}.`
  );
}
