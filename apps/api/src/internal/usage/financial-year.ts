import { UK_TIME_ZONE } from '@herald/domain';

const HOUR_MS = 60 * 60 * 1000;
/** April, counted from 0: the financial year runs from 1 April to 31 March. */
const APRIL = 3;

/** The instant the UK calendar month starts (midnight, UK time, on its 1st); `month` counts from 0 and may run past 11. */
export function ukMonthStart(year: number, month: number): Date {
  const utcMidnight = Date.UTC(year, month, 1);
  // The clocks never change at midnight on the 1st, so the UK hour at UTC midnight is the offset (0 or 1).
  const ukHour = Number(new Date(utcMidnight).toLocaleString('en-GB', { timeZone: UK_TIME_ZONE, hour: '2-digit', hourCycle: 'h23' }));
  return new Date(utcMidnight - ukHour * HOUR_MS);
}

/** The year the financial year holding `instant` (UK time) starts in: 2025 for any day from 1 April 2025 to 31 March 2026. */
export function financialYearOf(instant: Date): number {
  const [year, month] = instant.toLocaleDateString('en-CA', { timeZone: UK_TIME_ZONE, year: 'numeric', month: '2-digit' }).split('-').map(Number);
  return month - 1 >= APRIL ? year : year - 1;
}

/** The 13 instants that bound the financial year's 12 UK months, April to March (the last is the next year's start). */
export function monthBoundaries(startYear: number): Date[] {
  return Array.from({ length: 13 }, (_unused, i) => ukMonthStart(startYear, APRIL + i));
}

/** The financial year's months as `YYYY-MM`, April to March. */
export function monthsOf(startYear: number): string[] {
  return Array.from({ length: 12 }, (_unused, i) => {
    const month = APRIL + i;
    return `${startYear + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
  });
}
