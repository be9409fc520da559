import { lastUkDays, ukDay } from './uk-days';

describe('UK days', () => {
  it('puts an instant late on a summer evening (UTC) on the next UK day', () => {
    expect(ukDay(new Date('2026-07-10T23:30:00Z'))).toBe('2026-07-11');
    expect(ukDay(new Date('2026-01-10T23:30:00Z'))).toBe('2026-01-10');
  });

  it('lists the last days oldest first, ending today', () => {
    expect(lastUkDays(new Date('2026-03-02T10:00:00Z'), 3)).toEqual(['2026-02-28', '2026-03-01', '2026-03-02']);
  });

  it('neither skips nor repeats the day the clocks go forward', () => {
    // 00:30 BST on 30 March is 23:30 UTC on the 29th.
    expect(lastUkDays(new Date('2026-03-29T23:30:00Z'), 3)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
  });
});
