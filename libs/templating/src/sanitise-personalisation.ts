import { normaliseKey, Personalisation } from './personalisation';

export interface SanitisedChange {
  unsanitised: string;
  sanitised: string;
}

export interface SanitisedPersonalisation {
  personalisation: Personalisation;
  /** Only the keys whose value changed, spelled as the caller wrote them. */
  changes: Record<string, SanitisedChange>;
}

/*
 * Notify's URL pattern: optional http(s)://, one or more `label.` parts, a 2–63 letter top-level
 * domain and an optional path. Python's Unicode \w and \b are spelled out; a match may not start
 * inside a word, a hostname (after `.` or `-`) or an email address (after `@`).
 */
const WORD = '[\\p{L}\\p{N}_]';
const URL_LIKE = new RegExp(
  `(?<![\\p{L}\\p{N}_@.\\-])(?=${WORD})(?:https?:\\/\\/)?(?:[\\p{L}\\p{N}_\\-]+\\.)+[a-z]{2,63}(?!@)(?!${WORD})(?:[/?#][^<\\s]*)?`,
  'giu',
);
// A bare domain such as example.com is probably accidental: it is broken up, not removed.
const BARE_DOMAIN = /^[\p{L}\p{N}.-]+$/u;
const MARKDOWN_CHARACTERS = /[`*_()\\{}[\]<>#+\-.!|]/g;

/**
 * `sanitise_content_for`: in the listed keys (matched like placeholders), string values lose
 * their links and have markdown escaped, so they render as the literal text the user typed.
 */
export function sanitisePersonalisation(personalisation: Personalisation, keys: string[]): SanitisedPersonalisation {
  const wanted = new Set(keys.map(normaliseKey));
  const changes: Array<[string, SanitisedChange]> = [];
  const entries = Object.entries(personalisation).map(([key, value]): [string, unknown] => {
    if (typeof value !== 'string' || !wanted.has(normaliseKey(key))) return [key, value];
    const clean = sanitiseText(value);
    if (clean !== value) changes.push([key, { unsanitised: value, sanitised: clean }]);
    return [key, clean];
  });
  // fromEntries defines each key, so a `__proto__` key stays a key instead of setting the prototype.
  return { personalisation: Object.fromEntries(entries), changes: Object.fromEntries(changes) };
}

/** Links removed (bare domains broken up with spaces), then a backslash before markdown characters. */
export function sanitiseText(text: string): string {
  const unlinked = text.replace(URL_LIKE, (url) => (BARE_DOMAIN.test(url) ? url.replace(/\./g, '. ') : ''));
  return unlinked.replace(MARKDOWN_CHARACTERS, '\\$&');
}
