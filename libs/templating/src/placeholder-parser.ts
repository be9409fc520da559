import { isAbsent, normaliseKey, Personalisation, personalisationByKey } from './personalisation';

/** A placeholder as first written in a template, with the key it is matched by. */
export interface Placeholder {
  name: string;
  key: string;
}

/** The parts of `((name))` or `((name??conditional text))`. */
export interface PlaceholderBody {
  name: string;
  conditionalText: string | null;
}

/** `((body))` where the body has no brackets. Global, so use it with matchAll or replace only. */
export const PLACEHOLDER_PATTERN = /\(\(([^()]+)\)\)/g;

/** Splits at the first `??`; anything after it, further `??` included, is the conditional text. */
export function parsePlaceholderBody(body: string): PlaceholderBody {
  const separator = body.indexOf('??');
  if (separator === -1) return { name: body, conditionalText: null };
  return { name: body.slice(0, separator), conditionalText: body.slice(separator + 2) };
}

/** Every placeholder in the texts, in order of appearance, once per key, keeping the first spelling. */
export function placeholdersIn(...texts: string[]): Placeholder[] {
  const byKey = new Map<string, Placeholder>();
  for (const text of texts) {
    for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
      const { name } = parsePlaceholderBody(match[1]);
      const key = normaliseKey(name);
      if (!byKey.has(key)) byKey.set(key, { name, key });
    }
  }
  return [...byKey.values()];
}

/**
 * Names (as first written) that have no value. Null counts as missing and '' does not; a
 * conditional placeholder needs a value too.
 */
export function missingPersonalisation(texts: string[], personalisation: Personalisation): string[] {
  const values = personalisationByKey(personalisation);
  return placeholdersIn(...texts)
    .filter((placeholder) => isAbsent(values.get(placeholder.key)))
    .map((placeholder) => placeholder.name);
}
