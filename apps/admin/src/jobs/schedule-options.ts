import { UK_TIME_ZONE } from '@herald/contracts';

/** One choice of the check page's "Send later" list. */
export interface ScheduleOption {
  readonly value: string;
  readonly text: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The times a file may be scheduled for, named in UK time as people say them: "Today at 4pm",
 * "Tomorrow at midday", "Monday 7 December at 9am" (the first words can be typed to jump to one).
 */
export function scheduleOptions(times: readonly string[], now = new Date()): ScheduleOption[] {
  const today = ukDay(now);
  const tomorrow = ukDay(new Date(now.getTime() + DAY_MS));
  return times.map((iso) => {
    const at = new Date(iso);
    const day = ukDay(at);
    const dayName = day === today ? 'Today' : day === tomorrow ? 'Tomorrow' : day;
    return { value: iso, text: `${dayName} at ${ukHour(at)}` };
  });
}

/** `Monday 7 December` */
function ukDay(date: Date): string {
  return date.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: UK_TIME_ZONE }).replace(',', '');
}

/** `9am`, `4pm`, `midday`, `midnight` (GOV.UK style). */
function ukHour(date: Date): string {
  const hour = Number(date.toLocaleString('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone: UK_TIME_ZONE }));
  if (hour === 0) return 'midnight';
  if (hour === 12) return 'midday';
  return hour < 12 ? `${hour}am` : `${hour - 12}pm`;
}
