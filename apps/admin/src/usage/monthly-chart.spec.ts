import type { UsageMonth } from '@herald/contracts';
import { monthlyChart, monthName } from './monthly-chart';

const aMonth = (month: string, emails: number, textMessages: number, letters: number): UsageMonth => ({
  month,
  emails,
  textMessages,
  textMessageFragments: textMessages * 2,
  letters,
  letterSheets: letters,
});

describe('monthly usage chart', () => {
  it('draws each month’s emails, texts and letters side by side, scaled to a round top, leaving out empty ones', () => {
    const chart = monthlyChart([aMonth('2026-04', 8, 4, 0), aMonth('2026-05', 0, 0, 2)]);
    expect(chart.yTicks.map((t) => t.label)).toEqual(['0', '5', '10']);
    expect(chart.bars.map((b) => b.channel)).toEqual(['emails', 'textMessages', 'letters']);
    const [emails, texts, letters] = chart.bars;
    expect(emails.height).toBeCloseTo(172.8);
    expect(texts.height).toBeCloseTo(86.4);
    expect(emails.y + emails.height).toBeCloseTo(chart.plot.bottom);
    expect(texts.x).toBeGreaterThan(emails.x);
    expect(letters.x).toBeGreaterThan(chart.xTicks[0].x);
    expect(texts.fill).toBe('url(#herald-usage-hatch)');
    expect(chart.xTicks.map((t) => t.label)).toEqual(['Apr', 'May']);
  });

  it('describes the year in words, with its busiest month', () => {
    const chart = monthlyChart([aMonth('2026-04', 1, 2, 1), aMonth('2027-03', 10, 0, 0)]);
    expect(chart.summary).toBe(
      '11 emails, 2 text messages and 1 letter were sent from April 2026 to March 2027. The busiest month was March 2027, with 10 messages.',
    );
  });

  it('says when nothing was sent', () => {
    expect(monthlyChart([aMonth('2026-04', 0, 0, 0), aMonth('2027-03', 0, 0, 0)]).summary).toBe('Nothing was sent from April 2026 to March 2027.');
  });

  it('names a month with its year', () => {
    expect(monthName('2027-01')).toBe('January 2027');
  });
});
