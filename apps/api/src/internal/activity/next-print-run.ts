import { UK_TIME_ZONE } from '@herald/domain';

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: UK_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const londonParts = (at: Date): Record<string, number> =>
  Object.fromEntries(
    PARTS.formatToParts(at)
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  );

/** The next daily print run (PRINT_BATCH_TIME, London time, every day) after `now`. */
export function nextPrintRun(now: Date, hour: number, minute: number): Date {
  const today = londonParts(now);
  for (let days = 0; days <= 2; days += 1) {
    // London is UTC or one hour ahead (BST): the candidate that reads hour:minute in London is the one.
    for (const offset of [0, 1]) {
      const candidate = new Date(Date.UTC(today.year, today.month - 1, today.day + days, hour - offset, minute));
      const local = londonParts(candidate);
      if (local.hour === hour && local.minute === minute && candidate.getTime() > now.getTime()) return candidate;
    }
  }
  throw new Error(`No print run found after ${now.toISOString()}`);
}

/** Letters not yet with the print provider go in the next print run. */
const WAITING_FOR_PRINT: ReadonlySet<string> = new Set(['created', 'pending-virus-check']);

/** A letter not yet with the print provider: when the next print run starts (ISO); null for anything else. */
export function nextPrintRunOf(channel: string, status: string, print: { batchHour: number; batchMinute: number }, now: Date = new Date()): string | null {
  if (channel !== 'letter' || !WAITING_FOR_PRINT.has(status)) return null;
  return nextPrintRun(now, print.batchHour, print.batchMinute).toISOString();
}
