import { nextPrintRun } from './next-print-run';

describe('the next print run', () => {
  it('is today at the batch time when that is still ahead, in winter (GMT)', () => {
    expect(nextPrintRun(new Date('2026-12-05T10:00:00Z'), 17, 30).toISOString()).toBe('2026-12-05T17:30:00.000Z');
  });

  it('is tomorrow once today’s has gone', () => {
    expect(nextPrintRun(new Date('2026-12-05T17:30:00Z'), 17, 30).toISOString()).toBe('2026-12-06T17:30:00.000Z');
  });

  it('is at 5:30pm London time in summer, which is 16:30 UTC', () => {
    expect(nextPrintRun(new Date('2026-07-01T16:00:00Z'), 17, 30).toISOString()).toBe('2026-07-01T16:30:00.000Z');
    expect(nextPrintRun(new Date('2026-07-01T16:31:00Z'), 17, 30).toISOString()).toBe('2026-07-02T16:30:00.000Z');
  });

  it('crosses the end of a month', () => {
    expect(nextPrintRun(new Date('2026-12-31T20:00:00Z'), 9, 0).toISOString()).toBe('2027-01-01T09:00:00.000Z');
  });
});
