import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bank-holidays';
import { MAX_TRANSIT_DAYS, Postage } from './postage';
import { UK_TIME_ZONE } from '../time/uk-time-zone';

const PRINT_CUT_OFF_MINUTES = 17 * 60 + 30;
const DELIVERY_HOUR = 16;

/** A calendar date, as a UTC midnight so that adding days never meets a clock change. */
type CalendarDate = Date;

/**
 * The latest expected delivery of a letter (docs/api-contract.md §14.4): processed the next day after 17:30
 * London time, printed on the next DVLA working day, delivered 1 + N Royal Mail working days
 * later, at 16:00 London time.
 */
export function estimatedDelivery(createdAt: Date, postage: Postage): Date {
  const local = londonParts(createdAt);
  let day: CalendarDate = new Date(Date.UTC(local.year, local.month - 1, local.day));
  if (local.hour * 60 + local.minute > PRINT_CUT_OFF_MINUTES) day = addDays(day, 1);
  while (!isDvlaWorkingDay(day)) day = addDays(day, 1);
  for (let remaining = 1 + MAX_TRANSIT_DAYS[postage]; remaining > 0;) {
    day = addDays(day, 1);
    if (isRoyalMailWorkingDay(day, postage)) remaining -= 1;
  }
  return atLondonTime(day, DELIVERY_HOUR);
}

const isBankHoliday = (day: CalendarDate): boolean => ENGLAND_AND_WALES_BANK_HOLIDAYS.has(day.toISOString().slice(0, 10));

function isDvlaWorkingDay(day: CalendarDate): boolean {
  const weekday = day.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isBankHoliday(day);
}

function isRoyalMailWorkingDay(day: CalendarDate, postage: Postage): boolean {
  const weekday = day.getUTCDay();
  if (weekday === 0 || isBankHoliday(day)) return false;
  return weekday !== 6 || postage === 'first';
}

function addDays(day: CalendarDate, days: number): CalendarDate {
  return new Date(day.getTime() + days * 86_400_000);
}

const FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: UK_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function londonParts(at: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = Object.fromEntries(FORMAT.formatToParts(at).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute) };
}

/** The instant it is `hour`:00 in London on that date (GMT or BST). */
function atLondonTime(day: CalendarDate, hour: number): Date {
  for (const offset of [0, 1]) {
    const candidate = new Date(day.getTime() + (hour - offset) * 3_600_000);
    if (londonParts(candidate).hour === hour) return candidate;
  }
  return new Date(day.getTime() + hour * 3_600_000);
}
