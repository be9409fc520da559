/**
 * Notify's validation messages show values as Python's repr() with every single quote removed:
 * null is `None`, booleans `True`/`False`, lists `[a, b]`, objects `{a: 1}`.
 */
export function pythonRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${pythonRepr(v)}`)
      .join(', ')}}`;
  }
  return String(value);
}
