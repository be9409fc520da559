/** Preview values travel in the query string as `values.<placeholder name>=<value>`. */
const PREFIX = 'values.';

export type QueryValues = Record<string, string | string[] | undefined>;

/** The non-blank preview values in a query string, by placeholder name. */
export function previewValuesOf(query: QueryValues): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, raw] of Object.entries(query)) {
    const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
    if (key.startsWith(PREFIX) && typeof value === 'string' && value.trim() !== '') values[key.slice(PREFIX.length)] = value;
  }
  return values;
}

/** `?values.name=Ada&...` for links that carry the same preview values (the letter PDF). */
export function previewQueryOf(values: Record<string, string>): string {
  const params = new URLSearchParams(Object.entries(values).map(([name, value]): [string, string] => [`${PREFIX}${name}`, value]));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A form's checkbox values: one arrives as a string, several as an array. */
export function listOf(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
