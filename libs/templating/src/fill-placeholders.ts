import { lookup, Personalisation, PLACEHOLDER } from './placeholders';

const TRUTHY = new Set(['yes', 'y', 'true', 't', '1', 'include', 'show']);

/** A single value as Python would print it: True/False for booleans. */
export function pythonString(value: unknown): string {
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function listToText(items: unknown[], lists: 'bullets' | 'inline'): string {
  const kept = items.filter((item) => item !== null && item !== undefined && item !== '').map(pythonString);
  if (lists === 'bullets') return kept.length ? `\n\n${kept.map((item) => `* ${item}`).join('\n')}` : '';
  if (kept.length <= 1) return kept.join('');
  return `${kept.slice(0, -1).join(', ')} and ${kept[kept.length - 1]}`;
}

/**
 * Fills `((name))` and `((name??text))` with personalisation values as data (nothing is ever
 * compiled as a template). Lists become bullets in bodies and "a, b and c" elsewhere.
 */
export function fillPlaceholders(text: string, personalisation: Personalisation, options: { lists: 'bullets' | 'inline' }): string {
  return text.replace(PLACEHOLDER, (whole, inner: string) => {
    const [name, ...rest] = inner.split('??');
    const value = lookup(personalisation, name);
    if (value === undefined || value === null) return whole;
    if (rest.length) return TRUTHY.has(pythonString(value).toLowerCase()) ? rest.join('??') : '';
    return Array.isArray(value) ? listToText(value, options.lists) : pythonString(value);
  });
}
