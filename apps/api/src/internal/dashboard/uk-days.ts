import { UK_TIME_ZONE } from '@herald/domain';

/** A day as the service's team sees it: the UK calendar day, as `YYYY-MM-DD`. */
export function ukDay(instant: Date): string {
  return instant.toLocaleDateString('en-CA', { timeZone: UK_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
}

/**
 * The `count` UK days ending with the one `now` falls in, oldest first. Counted on the calendar,
 * not in 24-hour steps, so a day of 23 or 25 hours (the clocks changing) is neither skipped nor repeated.
 */
export function lastUkDays(now: Date, count: number): string[] {
  const [year, month, day] = ukDay(now).split('-').map(Number);
  return Array.from({ length: count }, (_unused, i) => new Date(Date.UTC(year, month - 1, day - (count - 1 - i))).toISOString().slice(0, 10));
}
