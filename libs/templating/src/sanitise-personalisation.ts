import { Personalisation, placeholderKey } from './placeholders';

/** Notify's URL pattern: optional scheme, labels, a 2–63 letter TLD, optional path. */
const URL_LIKE = /(?:https?:\/\/)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}(?:\/[^\s]*)?/gi;
const MARKDOWN_SPECIAL = /[`*_(){}[\]<>#+\-.!|\\]/g;

function sanitise(value: string): string {
  const withoutLinks = value.replace(URL_LIKE, (match) => (/^[a-z0-9.-]+$/i.test(match) ? match.replace(/\./g, '. ') : ''));
  return withoutLinks.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

/**
 * `sanitise_content_for` (section 15.2): for each named key, links are removed (or broken up when
 * they look accidental) and markdown characters escaped, so a value cannot smuggle a link in.
 */
export function sanitisePersonalisation(
  personalisation: Personalisation,
  keys: readonly string[],
): { personalisation: Personalisation; changes: Record<string, { unsanitised: string; sanitised: string }> } {
  const wanted = new Set(keys.filter((k) => typeof k === 'string').map(placeholderKey));
  const result: Personalisation = { ...personalisation };
  const changes: Record<string, { unsanitised: string; sanitised: string }> = {};
  for (const [key, value] of Object.entries(personalisation)) {
    if (!wanted.has(placeholderKey(key)) || typeof value !== 'string') continue;
    const sanitised = sanitise(value);
    if (sanitised !== value) {
      result[key] = sanitised;
      changes[key] = { unsanitised: value, sanitised };
    }
  }
  return { personalisation: result, changes };
}
