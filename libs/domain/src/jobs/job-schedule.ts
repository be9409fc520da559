/** A bulk send may be scheduled at most this many days ahead. */
export const MAX_SCHEDULE_DAYS = 7;

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** A time chosen on a page left open a little while is still accepted. */
const GRACE_MS = 5 * 60 * 1000;

/** Why a bulk send cannot be scheduled for `at`, or null when it can. */
export function scheduleProblem(at: Date, now = new Date()): string | null {
  if (Number.isNaN(at.getTime())) return 'Choose a time to send the messages';
  if (at.getTime() < now.getTime() - GRACE_MS) return 'The time must be in the future: choose a later time';
  if (at.getTime() > now.getTime() + MAX_SCHEDULE_DAYS * DAY_MS) return `The time must be within the next ${MAX_SCHEDULE_DAYS} days`;
  return null;
}

/** The times a bulk send may be scheduled for: every whole hour from the next one to 7 days ahead. */
export function scheduleSlots(now = new Date()): Date[] {
  const first = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS + HOUR_MS;
  const last = now.getTime() + MAX_SCHEDULE_DAYS * DAY_MS;
  const slots: Date[] = [];
  for (let at = first; at <= last; at += HOUR_MS) slots.push(new Date(at));
  return slots;
}
