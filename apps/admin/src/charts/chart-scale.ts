/** The plotting area of a chart, in SVG units. */
export interface ChartPlot {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface ChartTick {
  readonly y: number;
  readonly label: string;
}

/** A round top for the y axis: 1, 2, 5, 10, 20, 50 … at or above the largest value. */
export function niceMax(max: number): number {
  if (max <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= max) ?? 10 * magnitude;
}

/** To a tenth of a unit: enough for SVG, and short in the page. */
export const roundTenth = (n: number): number => Math.round(n * 10) / 10;

const oneDecimal = (n: number): string => String(Math.round(n * 10) / 10);

/** A y-axis label short enough for the chart's left margin at 16px: `2,500`, then `25k`, `2.5m` (the table has exact figures). */
export function tickLabel(value: number): string {
  if (value < 10_000) return value.toLocaleString('en-GB');
  return value < 1_000_000 ? `${oneDecimal(value / 1000)}k` : `${oneDecimal(value / 1_000_000)}m`;
}

/** Ticks at 0, half-way and the top, whole numbers only, placed by `yOf`. */
export function yTicks(top: number, yOf: (value: number) => number, format: (value: number) => string): ChartTick[] {
  return [0, top / 2, top].filter((v, i, all) => all.indexOf(v) === i && Number.isInteger(v)).map((v) => ({ y: roundTenth(yOf(v)), label: format(v) }));
}
