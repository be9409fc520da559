import { isAbsent } from './personalisation';
import { pythonStr } from './python-string';
import { stripAndRemoveObscureWhitespace } from './whitespace';

/** Bodies show a list as a markdown bullet list; subjects and other one-line places as "a, b and c". */
export type ListStyle = 'bullets' | 'inline';

const SHOWS_CONDITIONAL = new Set(['yes', 'y', 'true', 't', '1', 'include', 'show']);

/** The text a placeholder's value is replaced with. */
export function formatValue(value: unknown, lists: ListStyle): string {
  return Array.isArray(value) ? formatList(value, lists) : pythonStr(value);
}

/** Whether `((name??text))` shows its text for this value. */
export function showsConditional(value: unknown): boolean {
  return SHOWS_CONDITIONAL.has(pythonStr(value).toLowerCase());
}

function formatList(values: unknown[], lists: ListStyle): string {
  const items = values
    .filter((value) => !isAbsent(value))
    .map((value) => stripAndRemoveObscureWhitespace(pythonStr(value)))
    .filter((item) => item !== '');
  if (items.length === 0) return '';
  if (lists === 'bullets') return `\n\n${items.map((item) => `* ${item}`).join('\n')}`;
  if (items.length === 1) return items[0];
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
