import { validationErrors } from '../../errors/notify-error';

/** A page of a person's list (the Data Tracker shape: offset and limit, newest first). */
export interface MePage {
  readonly offset: number;
  readonly limit: number;
}

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 500;

/** `?offset&limit`: offset 0 or more (default 0), limit 1 to 500 (default 100). */
export function parsePage(query: Readonly<Record<string, string | undefined>>): MePage {
  const offset = wholeNumber(query.offset, 0);
  const limit = wholeNumber(query.limit, DEFAULT_LIMIT);
  const errors = [
    ...(offset === null || offset < 0 ? ['offset must be a whole number, 0 or more'] : []),
    ...(limit === null || limit < 1 || limit > MAX_LIMIT ? [`limit must be a whole number from 1 to ${MAX_LIMIT}`] : []),
  ];
  if (errors.length) throw validationErrors(errors);
  return { offset: offset!, limit: limit! };
}

function wholeNumber(value: string | undefined, fallback: number): number | null {
  if (value === undefined || value === '') return fallback;
  return /^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : null;
}
