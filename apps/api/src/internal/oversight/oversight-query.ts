import type { FieldProblem } from '@herald/domain';
import { fieldErrors } from '../../errors/notify-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

type QueryValue = unknown;

/** A query's value as one trimmed string, or undefined when absent or empty. */
export function textOf(value: QueryValue): string | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  const text = typeof single === 'string' ? single.trim() : '';
  return text === '' ? undefined : text.slice(0, 100);
}

/** A lower-cased id, or undefined for anything that is not one (a hand-edited address filters nothing). */
export function idOf(value: QueryValue): string | undefined {
  const text = textOf(value);
  return text && UUID.test(text) ? text.toLowerCase() : undefined;
}

export function isId(value: string): boolean {
  return UUID.test(value);
}

/** From 1; anything else is the first page. */
export function pageOf(value: QueryValue): number {
  const page = Number(textOf(value));
  return Number.isInteger(page) && page > 0 && page < 1_000_000 ? page : 1;
}

/** `from` and `to` as `YYYY-MM-DD` UTC days, both included: 400 naming the field for a date that is not one, or an end before the start. */
export function dayRange(query: Record<string, QueryValue>): { from?: Date; to?: Date } {
  const problems: FieldProblem[] = [];
  const from = dayOf(textOf(query.from), 'from', problems);
  const to = dayOf(textOf(query.to), 'to', problems);
  if (from && to && to < from) problems.push({ field: 'to', message: 'The end date must be the same as or after the start date' });
  if (problems.length) throw fieldErrors(problems);
  return { from, to: to && new Date(to.getTime() + DAY_MS - 1) };
}

function dayOf(text: string | undefined, field: 'from' | 'to', problems: FieldProblem[]): Date | undefined {
  if (text === undefined) return undefined;
  const match = DAY.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (match && date && date.getUTCDate() === Number(match[3]) && date.getUTCMonth() === Number(match[2]) - 1) return date;
  const label = field === 'from' ? 'The start date' : 'The end date';
  problems.push({ field, message: `${label} must be a real date, written as year-month-day, for example 2026-03-27` });
  return undefined;
}
