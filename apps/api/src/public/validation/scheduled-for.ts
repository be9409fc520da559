const ISO_8601 = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `scheduled_for` is validated as Notify validates it, then ignored: Herald sends at once and
 * answers `scheduled_for: null`, as Notify's v2 API does.
 */
export function scheduledForError(value: string, now = new Date()): string | null {
  const parsed = ISO_8601.test(value) ? new Date(/[Zz]|[+-]\d{2}:?\d{2}$/.test(value) ? value : `${value}Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime())) {
    return 'datetime format is invalid. It must be a valid ISO8601 date time format, https://en.wikipedia.org/wiki/ISO_8601';
  }
  if (parsed.getTime() < now.getTime() - 60_000) return 'datetime can not be in the past';
  if (parsed.getTime() > now.getTime() + DAY_MS) return 'datetime can only be 24 hours in the future';
  return null;
}
