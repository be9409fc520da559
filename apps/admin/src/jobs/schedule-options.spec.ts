import { scheduleOptions } from './schedule-options';

describe('the times a bulk send can be scheduled for, in words', () => {
  // Friday 4 December 2026, 15:20 in London (GMT in winter).
  const now = new Date('2026-12-04T15:20:00Z');

  it('names today, tomorrow and later days in UK time', () => {
    const options = scheduleOptions(['2026-12-04T16:00:00Z', '2026-12-05T09:00:00Z', '2026-12-07T21:00:00Z'], now);
    expect(options.map((o) => o.text)).toEqual(['Today at 4pm', 'Tomorrow at 9am', 'Monday 7 December at 9pm']);
    expect(options[0].value).toBe('2026-12-04T16:00:00Z');
  });

  it('says midday and midnight', () => {
    expect(scheduleOptions(['2026-12-05T12:00:00Z', '2026-12-06T00:00:00Z'], now).map((o) => o.text)).toEqual([
      'Tomorrow at midday',
      'Sunday 6 December at midnight',
    ]);
  });

  it('uses British Summer Time in summer', () => {
    expect(scheduleOptions(['2026-07-02T08:00:00Z'], new Date('2026-07-01T10:00:00Z'))[0].text).toBe('Tomorrow at 9am');
  });
});
