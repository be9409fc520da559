/** Notify writes every timestamp in UTC with six fractional digits: 2024-05-17T15:58:38.342000Z. */
export function notifyTimestamp(date: Date): string;
export function notifyTimestamp(date: Date | null): string | null;
export function notifyTimestamp(date: Date | null): string | null {
  return date === null ? null : date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
