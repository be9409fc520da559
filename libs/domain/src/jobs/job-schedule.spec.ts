import { scheduleProblem, scheduleSlots } from './job-schedule';

describe('scheduling a bulk send', () => {
  const now = new Date('2026-12-04T15:20:00Z');
  const hours = (n: number) => new Date(now.getTime() + n * 60 * 60 * 1000);

  it('accepts any time from now to 7 days ahead', () => {
    expect(scheduleProblem(hours(1), now)).toBeNull();
    expect(scheduleProblem(hours(7 * 24), now)).toBeNull();
  });

  it('refuses a time in the past, more than 7 days ahead, or no time at all', () => {
    expect(scheduleProblem(hours(-1), now)).toBe('The time must be in the future: choose a later time');
    expect(scheduleProblem(hours(7 * 24 + 1), now)).toBe('The time must be within the next 7 days');
    expect(scheduleProblem(new Date('not a date'), now)).toBe('Choose a time to send the messages');
  });

  it('offers every whole hour from the next one to 7 days ahead, each of which it accepts', () => {
    const slots = scheduleSlots(now);
    expect(slots[0].toISOString()).toBe('2026-12-04T16:00:00.000Z');
    expect(slots[slots.length - 1].toISOString()).toBe('2026-12-11T15:00:00.000Z');
    expect(slots).toHaveLength(7 * 24);
    expect(slots.every((slot) => scheduleProblem(slot, now) === null)).toBe(true);
  });
});
