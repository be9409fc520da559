import { Inline } from './markdown-ast';
import { trimUrlEnd } from './link-url';

// Characters a backslash escapes in mistune 0.8 (note: not `<`).
const ESCAPABLE = new Set('\\`*{}[]()#+-.!_>~|');
const URL_CANDIDATE = /https?:\/\/[^\s<]+/y;
const QUOTES = new Set(['"', "'"]);

interface Match {
  token: Inline | null;
  end: number;
}

/** Precomputed lookups, so that unclosed brackets and parentheses keep parsing linear. */
interface Source {
  text: string;
  closingBracket: Map<number, number>;
  next: (character: string, from: number) => number;
}

/**
 * Inline markdown as Notify allows it: backslash escapes, `[text](url "title")` links, bare
 * http(s) URLs and hard line breaks. Emphasis, code spans and strikethrough stay literal;
 * images are dropped. Inside link text nothing is linked again.
 */
export function parseInline(text: string, insideLink = false): Inline[] {
  const source: Source = { text, closingBracket: closingBrackets(text), next: nextFinder(text) };
  const tokens: Inline[] = [];
  let buffer = '';
  let at = 0;
  const push = (match: Match): void => {
    if (buffer !== '') tokens.push({ kind: 'text', text: buffer });
    if (match.token) tokens.push(match.token);
    buffer = '';
    at = match.end;
  };
  while (at < text.length) {
    const character = text[at];
    if (character === '\\' && at + 1 < text.length && ESCAPABLE.has(text[at + 1])) {
      buffer += text[at + 1];
      at += 2;
    } else if (character === '\n') {
      buffer = withoutTrailingSpaces(buffer);
      push({ token: { kind: 'break' }, end: at + 1 });
    } else {
      const match = insideLink ? null : (linkAt(source, at) ?? urlAt(text, at));
      if (match) push(match);
      else buffer += text[at++];
    }
  }
  if (buffer !== '') tokens.push({ kind: 'text', text: buffer });
  return tokens;
}

function withoutTrailingSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === ' ') end--;
  return text.slice(0, end);
}

function urlAt(text: string, at: number): Match | null {
  if (text[at] !== 'h') return null;
  URL_CANDIDATE.lastIndex = at;
  const candidate = URL_CANDIDATE.exec(text);
  if (!candidate) return null;
  const url = trimUrlEnd(candidate[0]);
  if (!/^https?:\/\/./.test(url)) return null;
  return { token: { kind: 'autolink', url }, end: at + url.length };
}

function linkAt(source: Source, at: number): Match | null {
  const { text } = source;
  const image = text[at] === '!' && text[at + 1] === '[';
  const open = image ? at + 1 : at;
  const close = source.closingBracket.get(open);
  if (close === undefined || text[close + 1] !== '(') return null;
  const destination = destinationAt(source, close + 2);
  if (!destination) return null;
  if (image) return { token: null, end: destination.end };
  const children = parseInline(text.slice(open + 1, close), true);
  return { token: { kind: 'link', url: destination.url, title: destination.title, children }, end: destination.end };
}

// Matching `]` for every unescaped `[`, found in one pass.
function closingBrackets(text: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === '\\') index++;
    else if (character === '[') open.push(index);
    else if (character === ']' && open.length > 0) pairs.set(open.pop() as number, index);
  }
  return pairs;
}

// indexOf that remembers its last answer per character, as lookups only move forward.
function nextFinder(text: string): (character: string, from: number) => number {
  const last = new Map<string, { from: number; found: number }>();
  return (character, from) => {
    const cached = last.get(character);
    if (cached && cached.from <= from && (cached.found === -1 || cached.found >= from)) return cached.found;
    const found = text.indexOf(character, from);
    last.set(character, { from, found });
    return found;
  };
}

interface Destination {
  url: string;
  title: string | null;
  end: number;
}

// `(url)`, `(url "title")`, `(url 'title')` or `(<url>)`, ending at the first `)` after the URL.
function destinationAt(source: Source, start: number): Destination | null {
  const { text } = source;
  let from = start;
  while (from < text.length && /\s/.test(text[from])) from++;
  if (text[from] === '<') {
    const closeAngle = source.next('>', from);
    const close = closeAngle === -1 ? -1 : source.next(')', closeAngle);
    const title = close === -1 ? undefined : titleOf(text.slice(closeAngle + 1, close).trim());
    if (title !== undefined) return { url: text.slice(from + 1, closeAngle), title, end: close + 1 };
  }
  const close = source.next(')', from);
  if (close === -1) return null;
  return { ...splitTitle(text.slice(from, close).trimEnd()), end: close + 1 };
}

// What may follow an angle-bracketed URL: nothing, or a quoted title. undefined means neither.
function titleOf(rest: string): string | null | undefined {
  if (rest === '') return null;
  const quoted = rest.length >= 2 && QUOTES.has(rest[0]) && QUOTES.has(rest[rest.length - 1]);
  return quoted ? rest.slice(1, -1) : undefined;
}

// The title starts at the first quote after a space, when the destination also ends in a quote.
function splitTitle(inner: string): { url: string; title: string | null } {
  if (inner.length < 2 || !QUOTES.has(inner[inner.length - 1])) return { url: inner, title: null };
  for (let index = 1; index < inner.length - 1; index++) {
    if (QUOTES.has(inner[index]) && /\s/.test(inner[index - 1])) {
      return { url: inner.slice(0, index).trimEnd(), title: inner.slice(index + 1, -1) };
    }
  }
  return { url: inner, title: null };
}
