import { financialYearOf, monthBoundaries, monthsOf, ukMonthStart } from './financial-year';

describe('financial years in UK time', () => {
  it('starts a summer month at 23:00 UTC the evening before, and a winter month at midnight UTC', () => {
    expect(ukMonthStart(2025, 3).toISOString()).toBe('2025-03-31T23:00:00.000Z');
    expect(ukMonthStart(2025, 11).toISOString()).toBe('2025-12-01T00:00:00.000Z');
    expect(ukMonthStart(2025, 14).toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('puts 31 March in the year before and 1 April (UK time) in the new one', () => {
    expect(financialYearOf(new Date('2026-03-31T12:00:00Z'))).toBe(2025);
    // 00:30 on 1 April in the UK is 23:30 UTC on 31 March.
    expect(financialYearOf(new Date('2026-03-31T23:30:00Z'))).toBe(2026);
    expect(financialYearOf(new Date('2026-01-15T10:00:00Z'))).toBe(2025);
  });

  it('bounds the twelve months from 1 April to the next 1 April', () => {
    const boundaries = monthBoundaries(2025);
    expect(boundaries).toHaveLength(13);
    expect(boundaries[0].toISOString()).toBe('2025-03-31T23:00:00.000Z');
    expect(boundaries[7].toISOString()).toBe('2025-11-01T00:00:00.000Z');
    expect(boundaries[12].toISOString()).toBe('2026-03-31T23:00:00.000Z');
    expect(monthsOf(2025)).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
  });
});
