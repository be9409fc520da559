/**
 * Notify stringifies personalisation with Python's `str()`, so Herald does the same: a JSON
 * `true` shows as "True", null as "None" and a nested list as "['a', 'b']". JSON floats such as
 * 1.0 reach JavaScript as 1, so they print as "1" where Python would print "1.0".
 */
export function pythonStr(value: unknown): string {
  return typeof value === 'string' ? value : pythonRepr(value);
}

function pythonRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return pythonNumber(value);
  if (typeof value === 'string') return quotedString(value);
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `${quotedString(key)}: ${pythonRepr(item)}`);
    return `{${entries.join(', ')}}`;
  }
  return String(value);
}

// Python prints floats in exponent form below 1e-4 and from 1e16, with at least two exponent digits.
function pythonNumber(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude === 0 || (magnitude >= 1e-4 && magnitude < 1e16)) return String(value);
  const [mantissa, exponent] = value.toExponential().split('e');
  const sign = exponent.startsWith('-') ? '-' : '+';
  return `${mantissa}e${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
}

// Python's repr() prefers single quotes unless the text contains one and no double quote.
function quotedString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let body = '';
  for (const character of text) body += reprCharacter(character, quote);
  return `${quote}${body}${quote}`;
}

const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function reprCharacter(character: string, quote: string): string {
  if (character === '\\' || character === quote) return `\\${character}`;
  const named = NAMED_ESCAPES[character];
  if (named) return named;
  const code = character.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, '0')}`;
  return character;
}
