const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * An ISO 8601 duration in days, hours, minutes and seconds (`P1D`, `PT1H`, `PT90M`, `P2DT12H`) as
 * milliseconds; null when it is not one. Years, months and weeks are refused: their length depends
 * on the calendar, and a fallback window must mean the same time for everyone.
 */
export function parseIsoDuration(value: string): number | null {
  const match = DURATION.exec(value);
  if (!match || value === 'P' || value.endsWith('T')) return null;
  const [, days, hours, minutes, seconds] = match;
  const ms = ((Number(days ?? 0) * 24 + Number(hours ?? 0)) * 60 + Number(minutes ?? 0)) * 60_000 + Number(seconds ?? 0) * 1000;
  return ms > 0 ? ms : null;
}
