import { FormErrors, formErrors } from '../forms/form-errors';

type QueryValue = string | string[] | undefined;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A filter form as the person filled it in: each field's text, the page asked for, and what is wrong with its dates. */
export interface OversightFilters {
  readonly values: Readonly<Record<string, string>>;
  readonly page: number;
  readonly errors: FormErrors | null;
}

/** `names` are the form's fields; `from` and `to` (when among them) must be `YYYY-MM-DD` dates, the end not before the start. */
export function oversightFilters(query: Record<string, QueryValue>, names: readonly string[]): OversightFilters {
  const values = Object.fromEntries(names.map((name) => [name, (single(query[name]) ?? '').trim().slice(0, 100)]));
  const pageText = single(query.page) ?? '1';
  const page = /^\d{1,6}$/.test(pageText) && Number(pageText) >= 1 ? Number(pageText) : 1;
  const problems = [
    ...(isDayOrEmpty(values.from) ? [] : [{ field: 'from', message: 'The start date must be a real date, written as year-month-day, for example 2026-03-27' }]),
    ...(isDayOrEmpty(values.to) ? [] : [{ field: 'to', message: 'The end date must be a real date, written as year-month-day, for example 2026-03-27' }]),
  ];
  if (!problems.length && values.from && values.to && values.to < values.from) {
    problems.push({ field: 'to', message: 'The end date must be the same as or after the start date' });
  }
  return { values, page, errors: problems.length ? formErrors(problems) : null };
}

/** What to ask the API: the filled-in fields, leaving out the dates when they are wrong (the page shows why). */
export function apiQuery(filters: OversightFilters): Record<string, string | number> {
  const query: Record<string, string | number> = filters.page > 1 ? { page: filters.page } : {};
  for (const [name, value] of Object.entries(filters.values)) {
    if (value && !(filters.errors && (name === 'from' || name === 'to'))) query[name] = value;
  }
  return query;
}

/** The address of another page of the same filters. */
export function pageLink(path: string, values: Readonly<Record<string, string>>, page: number): string {
  const params = new URLSearchParams(Object.entries(values).filter(([, value]) => value !== ''));
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** govukPagination's previous and next links, or nulls. */
export function pagination(path: string, values: Readonly<Record<string, string>>, page: number, hasNext: boolean) {
  return {
    previous: page > 1 ? { href: pageLink(path, values, page - 1) } : null,
    next: hasNext ? { href: pageLink(path, values, page + 1) } : null,
  };
}

/** A select's items: "All ..." first, then each choice, the chosen one selected. */
export function selectItems(all: string, choices: ReadonlyArray<{ value: string; text: string }>, chosen: string) {
  return [{ value: '', text: all }, ...choices.map((c) => ({ ...c, selected: c.value === chosen }))];
}

function isDayOrEmpty(text: string | undefined): boolean {
  if (!text) return true;
  const match = DAY.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

const single = (value: QueryValue): string | undefined => (Array.isArray(value) ? value[0] : value);
