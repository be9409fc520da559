import type { DashboardDay } from '@herald/contracts';
import { dailyChart } from './daily-chart';

const aDay = (day: string, sent: number, delivered: number, failed: number): DashboardDay => ({
  day,
  byChannel: { email: { sent, delivered, failed }, sms: { sent: 0, delivered: 0, failed: 0 }, letter: { sent: 0, delivered: 0, failed: 0 } },
  total: { sent, delivered, failed },
});

describe('daily chart', () => {
  it('stacks delivered, failed and the rest in each day’s bar, scaled to a round top', () => {
    const chart = dailyChart([aDay('2026-11-01', 0, 0, 0), aDay('2026-11-02', 8, 5, 2)]);
    expect(chart.yTicks.map((t) => t.label)).toEqual(['0', '5', '10']);
    expect(chart.bars[0].segments).toEqual([]);
    const [delivered, failed, other] = chart.bars[1].segments;
    expect([delivered.part, failed.part, other.part]).toEqual(['delivered', 'failed', 'other']);
    expect(delivered.height).toBeCloseTo(98);
    expect(failed.height).toBeCloseTo(39.2);
    expect(other.height).toBeCloseTo(19.6);
    expect(delivered.y + delivered.height).toBeCloseTo(chart.plot.bottom);
    expect(failed.fill).toBe('url(#herald-chart-hatch)');
  });

  it('labels every seventh day back from today, and describes the period in words', () => {
    const days = Array.from({ length: 30 }, (_u, i) => aDay(`2026-11-${String(i + 1).padStart(2, '0')}`, i === 9 ? 40 : 1, 1, 0));
    const chart = dailyChart(days);
    expect(chart.xTicks.map((t) => t.label)).toEqual(['2 Nov', '9 Nov', '16 Nov', '23 Nov', '30 Nov']);
    expect(chart.summary).toBe('69 messages sent in the last 30 days: 30 delivered and 0 failed. The busiest day was 10 Nov with 40.');
  });

  it('says when nothing was sent', () => {
    expect(dailyChart([aDay('2026-11-01', 0, 0, 0)]).summary).toBe('No messages were sent in the last 1 days.');
  });
});
