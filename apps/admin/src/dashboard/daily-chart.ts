import type { DashboardDay } from '@herald/contracts';
import { ChartPlot, ChartTick, niceMax, roundTenth, tickLabel, yTicks } from '../charts/chart-scale';

type Part = 'delivered' | 'failed' | 'other';

export interface ChartSeries {
  readonly part: Part;
  readonly label: string;
  readonly colour: string;
  /** Told apart without colour too: a fill pattern id (defined in the view), or none for solid. */
  readonly pattern: string | null;
}

export interface ChartBar {
  readonly day: string;
  readonly label: string;
  readonly x: number;
  readonly width: number;
  /** Bottom to top: delivered, failed, still sending or other. Empty segments are left out. */
  readonly segments: ReadonlyArray<{ readonly part: Part; readonly y: number; readonly height: number; readonly fill: string }>;
}

export interface DailyChart {
  readonly width: number;
  readonly height: number;
  readonly plot: ChartPlot;
  readonly series: readonly ChartSeries[];
  readonly bars: ChartBar[];
  readonly yTicks: ChartTick[];
  readonly xTicks: { readonly x: number; readonly label: string }[];
  /** For the SVG's description. */
  readonly summary: string;
}

const WIDTH = 640;
const HEIGHT = 240;
const PLOT = { left: 60, top: 12, right: WIDTH - 12, bottom: HEIGHT - 32 };
export const CHART_SERIES: readonly ChartSeries[] = [
  { part: 'delivered', label: 'Delivered', colour: '#00703c', pattern: null },
  { part: 'failed', label: 'Failed', colour: '#d4351c', pattern: 'herald-chart-hatch' },
  { part: 'other', label: 'Sending or other', colour: '#5694ca', pattern: 'herald-chart-dots' },
];

/** `3 Nov` for `2026-11-03`. */
export const shortDay = (day: string): string => new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** Geometry of the 30-day stacked bar chart (the view draws it; the table beside it has the same figures). */
export function dailyChart(days: readonly DashboardDay[]): DailyChart {
  const top = niceMax(Math.max(0, ...days.map((d) => d.total.sent)));
  const slot = (PLOT.right - PLOT.left) / Math.max(days.length, 1);
  const scale = (value: number) => (value * (PLOT.bottom - PLOT.top)) / top;
  const bars = days.map((d, i) => {
    const values: Record<Part, number> = { delivered: d.total.delivered, failed: d.total.failed, other: d.total.sent - d.total.delivered - d.total.failed };
    let base = PLOT.bottom;
    const segments = CHART_SERIES.filter((s) => values[s.part] > 0).map((s) => {
      const height = scale(values[s.part]);
      base -= height;
      return { part: s.part, y: roundTenth(base), height: roundTenth(height), fill: s.pattern ? `url(#${s.pattern})` : s.colour };
    });
    return { day: d.day, label: shortDay(d.day), x: roundTenth(PLOT.left + i * slot + slot * 0.15), width: roundTenth(slot * 0.7), segments };
  });
  const xTicks = bars.filter((_bar, i) => (bars.length - 1 - i) % 7 === 0).map((bar) => ({ x: roundTenth(bar.x + bar.width / 2), label: bar.label }));
  return {
    width: WIDTH,
    height: HEIGHT,
    plot: PLOT,
    series: CHART_SERIES,
    bars,
    yTicks: yTicks(top, (v) => PLOT.bottom - scale(v), tickLabel),
    xTicks,
    summary: summaryOf(days),
  };
}

function summaryOf(days: readonly DashboardDay[]): string {
  const sum = (field: 'sent' | 'delivered' | 'failed') => days.reduce((total, d) => total + d.total[field], 0);
  const sent = sum('sent');
  if (sent === 0) return `No messages were sent in the last ${days.length} days.`;
  const busiest = days.reduce((best, d) => (d.total.sent > best.total.sent ? d : best), days[0]);
  const n = (value: number) => value.toLocaleString('en-GB');
  return (
    `${n(sent)} messages sent in the last ${days.length} days: ${n(sum('delivered'))} delivered and ${n(sum('failed'))} failed. ` +
    `The busiest day was ${shortDay(busiest.day)} with ${n(busiest.total.sent)}.`
  );
}
