import { badRequest } from '../errors/notify-error';

/**
 * No real request nests deeper than a handful of levels. Capping the depth at parse time bounds
 * every later walk over a request value (validation messages, personalisation, encryption), so
 * none of them can overflow the stack, however they are written.
 */
export const MAX_JSON_DEPTH = 64;

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Whether JSON text nests brackets deeper than `maxDepth` (brackets inside strings are text).
 * One pass without recursion, so it is cheap even for a 15 MB body; malformed text is left for
 * JSON.parse to refuse.
 */
export function nestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      if (++depth > maxDepth) return true;
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      depth--;
    }
  }
  return false;
}

/** JSON.parse with Notify's message for bad JSON, refusing text nested deeper than MAX_JSON_DEPTH. */
export function parseBoundedJson(text: string): unknown {
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) throw badRequest(`Invalid JSON supplied in POST data: nested more than ${MAX_JSON_DEPTH} levels deep`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest('Invalid JSON supplied in POST data');
  }
}
