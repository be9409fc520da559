// Python's str.isspace() set: what Notify's str.strip() and str.split() treat as whitespace.
const PYTHON_WHITESPACE = new Set(
  '\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000',
);
const ASCII_WHITESPACE = new Set(' \t\n\r\v\f');

// Invisible characters Notify deletes, and the wide spaces it turns into plain spaces.
const ZERO_WIDTH = /[\u180e\u200b\u200c\u200d\u2060\ufeff\u2028\u2029]/g;
const NON_BREAKING_SPACES = /[\u00a0\u202f]/g;
const WHITESPACE_RUN = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/** Python's `str.strip()`: JavaScript's trim() disagrees about a few characters at the edges. */
export function pythonStrip(text: string): string {
  return stripCharacters(text, PYTHON_WHITESPACE);
}

/** Notify's treatment of each list item: invisible characters removed, then ASCII whitespace stripped. */
export function stripAndRemoveObscureWhitespace(text: string): string {
  return stripCharacters(text.replace(ZERO_WIDTH, '').replace(NON_BREAKING_SPACES, ''), ASCII_WHITESPACE);
}

/** One line: non-breaking spaces become spaces, zero-width characters go, runs collapse to one space. */
export function normaliseWhitespace(text: string): string {
  const visible = text.replace(NON_BREAKING_SPACES, ' ').replace(ZERO_WIDTH, '');
  return visible
    .split(WHITESPACE_RUN)
    .filter((word) => word !== '')
    .join(' ');
}

/** Removes trailing spaces and tabs from every line (a loop, so long runs stay linear). */
export function trimLineEnds(text: string): string {
  return text
    .split('\n')
    .map((line) => stripCharacters(line, ASCII_WHITESPACE, 'end'))
    .join('\n');
}

function stripCharacters(text: string, characters: Set<string>, side: 'both' | 'end' = 'both'): string {
  let start = 0;
  let end = text.length;
  while (side === 'both' && start < end && characters.has(text[start])) start++;
  while (end > start && characters.has(text[end - 1])) end--;
  return text.slice(start, end);
}
