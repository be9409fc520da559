import type { PlatformMinute } from '@herald/contracts';
import { minuteChart } from './minute-chart';

const minutes = (counts: Array<Partial<PlatformMinute>>): PlatformMinute[] =>
  counts.map((c, i) => ({ at: new Date(Date.UTC(2026, 10, 29, 9, i)).toISOString(), email: 0, sms: 0, letter: 0, ...c }));

describe('the messages-per-minute chart', () => {
  it('draws one line per channel across the plot, scaled to a round maximum', () => {
    const chart = minuteChart(minutes([{ email: 0, sms: 3 }, { email: 7 }, { email: 2, letter: 1 }]));
    expect(chart.lines.map((l) => [l.channel, l.total])).toEqual([
      ['email', 9],
      ['sms', 3],
      ['letter', 1],
    ]);
    expect(chart.yTicks.map((t) => t.label)).toEqual(['0', '5', '10']);
    const email = chart.lines[0].points.split(' ').map((p) => p.split(',').map(Number));
    expect(email.map(([x]) => x)).toEqual([chart.plot.left, (chart.plot.left + chart.plot.right) / 2, chart.plot.right]);
    expect(email[1][1]).toBeCloseTo(chart.plot.bottom - 0.7 * (chart.plot.bottom - chart.plot.top), 1);
    expect(chart.summary).toBe('Messages per minute over the last 3 minutes: 9 emails, 3 text messages, 1 letters.');
  });

  it('keeps a flat line on the axis when nothing was sent', () => {
    const chart = minuteChart(minutes(Array.from({ length: 60 }, () => ({}))));
    expect(new Set(chart.lines[0].points.split(' ').map((p) => p.split(',')[1]))).toEqual(new Set([String(chart.plot.bottom)]));
    expect(chart.yTicks.map((t) => t.label)).toEqual(['0', '1']);
    expect(chart.xTicks).toHaveLength(5);
  });

  it('leaves out the quarter-hour label that would crowd the last minute', () => {
    const chart = minuteChart(minutes(Array.from({ length: 50 }, () => ({}))));
    // 09:00, 09:15, 09:30 and the last minute, 09:49: 09:45 is four minutes before it and is left out.
    expect(chart.xTicks.map((t) => t.label)).toEqual(['09:00', '09:15', '09:30', '09:49']);
  });

  it('labels large axis tops compactly', () => {
    const chart = minuteChart(minutes([{ email: 42_000 }]));
    expect(chart.yTicks.map((t) => t.label)).toEqual(['0', '25k', '50k']);
  });
});
